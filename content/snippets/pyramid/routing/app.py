from pyramid.config import Configurator


def hello(request):
    # matchdict values arrive percent-decoded
    return {"message": f"Hello, {request.matchdict['name']}"}


with Configurator() as config:
    config.add_route("hello", "/hello/{name}")
    config.add_view(hello, route_name="hello", request_method="GET", renderer="json")
    app = config.make_wsgi_app()
