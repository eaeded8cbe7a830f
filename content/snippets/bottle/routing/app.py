import os

from bottle import Bottle

app = Bottle()


@app.get("/hello/<name>")
def hello(name):
    return {"message": f"Hello, {name}"}  # a dict is sent as JSON


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]))
