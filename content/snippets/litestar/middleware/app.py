from uuid import uuid4

from litestar import Litestar, Request, Response, get
from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import NotFoundException
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send


class RequestIdMiddleware(ASGIMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        request_id = str(uuid4())
        scope.setdefault("state", {})["request_id"] = request_id  # request.state in handlers

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableScopeHeaders.from_message(message)["X-Request-Id"] = request_id
            await send(message)

        await next_app(scope, receive, send_with_id)


# The router raises 404 before any middleware runs, so only an app-level handler can tag it.
def not_found(request: Request, exc: NotFoundException) -> Response:
    return Response(
        {"status_code": 404, "detail": exc.detail},
        status_code=404,
        headers={"X-Request-Id": str(uuid4())},
    )


@get("/")
async def index(request: Request) -> str:
    return request.state.request_id


app = Litestar(
    [index],
    middleware=[RequestIdMiddleware()],
    exception_handlers={NotFoundException: not_found},
)
