from uuid import uuid4

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.middleware("http")
async def add_request_id(request: Request, call_next):
    response = await call_next(request)
    response.headers["X-Request-Id"] = str(uuid4())
    return response


@app.get("/", response_class=PlainTextResponse)
async def index():
    return "ok"
