from typing import Annotated, Literal

from aiohttp import web
from aiohttp_apischema import APIResponse, SchemaGenerator
from pydantic import Field
from typing_extensions import TypedDict  # Pydantic needs this TypedDict before Python 3.12

SCHEMA = SchemaGenerator()


class User(TypedDict):
    name: Annotated[str, Field(min_length=1)]
    age: Annotated[int, Field(ge=0, strict=True)]


# The parameter after request is the JSON body, validated by Pydantic before the handler
# runs; a bad body gets a 400 whose JSON lists each error with the field's "loc".
@SCHEMA.api()
async def create_user(request: web.Request, user: User) -> APIResponse[User, Literal[201]]:
    return APIResponse[User, Literal[201]](user, status=201)


def init(argv):
    app = web.Application()
    app.router.add_post("/users", create_user)
    SCHEMA.setup(app)
    return app
