from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/hello/{name}")
async def hello(request: web.Request) -> web.Response:
    # match_info holds the path segment already percent-decoded
    name = request.match_info["name"]
    return web.json_response({"message": f"Hello, {name}"})


def init(argv):
    app = web.Application()
    app.add_routes(routes)
    return app
