from uuid import uuid4

from aiohttp import web

REQUEST_ID = web.RequestKey("request_id", str)


@web.middleware
async def request_id(request: web.Request, handler):
    request[REQUEST_ID] = rid = str(uuid4())
    try:
        response = await handler(request)
    except web.HTTPException as error:
        # 404s and other HTTP errors arrive as exceptions; tag them on the way out
        error.headers["X-Request-Id"] = rid
        raise
    response.headers["X-Request-Id"] = rid
    return response


async def index(request: web.Request) -> web.Response:
    return web.Response(text=request[REQUEST_ID])


def init(argv):
    app = web.Application(middlewares=[request_id])
    app.router.add_get("/", index)
    return app
