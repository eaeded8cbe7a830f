from uuid import uuid4

from sanic import Sanic, text

app = Sanic("Middleware")


@app.on_request
async def assign_request_id(request):
    request.ctx.request_id = str(uuid4())


# Response middleware also runs for 404s raised by the router.
@app.on_response
async def send_request_id(request, response):
    response.headers["X-Request-Id"] = request.ctx.request_id


@app.get("/")
async def index(request):
    return text(request.ctx.request_id)
