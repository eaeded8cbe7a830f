from uuid import uuid4

from quart import Quart, g

app = Quart(__name__)


# before_request runs for every request, 404s included; g lives as long as the request.
@app.before_request
async def assign_request_id():
    g.request_id = str(uuid4())


@app.after_request
async def add_request_id(response):
    response.headers["X-Request-Id"] = g.request_id
    return response


@app.get("/")
async def index():
    return g.request_id
