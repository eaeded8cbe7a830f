from uuid import uuid4

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route


class RequestIdMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        # request.state lives in the ASGI scope, so the endpoint sees the same value.
        request.state.request_id = str(uuid4())
        response = await call_next(request)
        response.headers["X-Request-Id"] = request.state.request_id
        return response


async def index(request):
    return PlainTextResponse(request.state.request_id)


# Middleware wraps the router, so unmatched paths (404) pass through it too.
app = Starlette(
    routes=[Route("/", index)],
    middleware=[Middleware(RequestIdMiddleware)],
)
