from flask import Flask

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return {"message": f"Hello, {name}"}
