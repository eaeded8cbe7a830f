from typing import Annotated

import msgspec
from litestar import Litestar, post


class User(msgspec.Struct):
    name: Annotated[str, msgspec.Meta(min_length=1)]
    age: Annotated[int, msgspec.Meta(ge=0)]


@post("/users")
async def create_user(data: User) -> User:
    return data


app = Litestar([create_user])
