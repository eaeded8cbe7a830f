from uuid import uuid4

from flask import Flask, g

app = Flask(__name__)


# before_request runs for every request, 404s included; g lives as long as the request.
@app.before_request
def assign_request_id():
    g.request_id = str(uuid4())


@app.after_request
def add_request_id(response):
    response.headers["X-Request-Id"] = g.request_id
    return response


@app.get("/")
def index():
    return g.request_id
