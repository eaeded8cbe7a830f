from uuid import uuid4

from flask import Flask

app = Flask(__name__)


@app.after_request
def add_request_id(response):
    response.headers["X-Request-Id"] = str(uuid4())
    return response


@app.get("/")
def index():
    return "ok"
