import colander
from pyramid.config import Configurator


class User(colander.MappingSchema):
    name = colander.SchemaNode(colander.String(), validator=colander.Length(min=1))
    age = colander.SchemaNode(colander.Int(), validator=colander.Range(min=0))


def create_user(request):
    try:
        user = User().deserialize(request.json_body)
    except colander.Invalid as error:
        request.response.status = 422
        return {"errors": error.asdict()}  # {"age": "-1 is less than minimum value 0"}
    request.response.status = 201
    return user


with Configurator() as config:
    config.add_route("users", "/users")
    config.add_view(create_user, route_name="users", request_method="POST", renderer="json")
    app = config.make_wsgi_app()
