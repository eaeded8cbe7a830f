from quart import Quart

app = Quart(__name__)


@app.get("/hello/<name>")
async def hello(name):
    return {"message": f"Hello, {name}"}
