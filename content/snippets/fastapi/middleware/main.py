from uuid import uuid4

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


# Wraps every request, 404s included; request.state carries the id to the endpoint.
@app.middleware("http")
async def add_request_id(request: Request, call_next):
    request.state.request_id = str(uuid4())
    response = await call_next(request)
    response.headers["X-Request-Id"] = request.state.request_id
    return response


@app.get("/", response_class=PlainTextResponse)
async def index(request: Request):
    return request.state.request_id
