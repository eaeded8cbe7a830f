from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def hello(request):
    name = request.path_params["name"]
    return JSONResponse({"message": f"Hello, {name}"})


# A Route with methods=["GET"] also answers HEAD; other methods get 405.
app = Starlette(routes=[Route("/hello/{name}", hello, methods=["GET"])])
