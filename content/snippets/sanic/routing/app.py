from sanic import Sanic, json

app = Sanic("Routing")


# unquote=True hands the handler "Ada Lovelace" rather than "Ada%20Lovelace"
@app.get("/hello/<name>", unquote=True)
async def hello(request, name: str):
    return json({"message": f"Hello, {name}"})
