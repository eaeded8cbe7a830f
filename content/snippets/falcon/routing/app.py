import falcon


class Greeting:
    def on_get(self, req, resp, name):
        resp.media = {"message": f"Hello, {name}"}


app = falcon.App()
app.add_route("/hello/{name}", Greeting())
