import os
from uuid import uuid4

from bottle import Bottle, request, response

app = Bottle()


# Hooks wrap every request, including those that match no route.
@app.hook("before_request")
def assign_request_id():
    request.environ["request_id"] = str(uuid4())


@app.hook("after_request")
def add_request_id():
    response.set_header("X-Request-Id", request.environ["request_id"])


@app.get("/")
def index():
    return request.environ["request_id"]


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]))
