from uuid import uuid4

import falcon


class RequestId:
    # process_request runs before routing, so 404s get an id too
    def process_request(self, req, resp):
        req.context.request_id = str(uuid4())

    def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header("X-Request-Id", req.context.request_id)


class Index:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        resp.text = req.context.request_id


app = falcon.App(middleware=[RequestId()])
app.add_route("/", Index())
