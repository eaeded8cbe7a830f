from uuid import uuid4

from pyramid.config import Configurator
from pyramid.response import Response


def request_id_tween_factory(handler, registry):
    # A tween wraps the rest of the pipeline, including the view that renders 404s.
    def tween(request):
        request.request_id = str(uuid4())
        response = handler(request)
        response.headers["X-Request-Id"] = request.request_id
        return response

    return tween


def index(request):
    return Response(request.request_id)


with Configurator() as config:
    config.add_tween("app.request_id_tween_factory")
    config.add_route("index", "/")
    config.add_view(index, route_name="index")
    app = config.make_wsgi_app()
