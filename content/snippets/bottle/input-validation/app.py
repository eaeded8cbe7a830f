import os

from bottle import Bottle, request, response
from pydantic import BaseModel, Field, ValidationError

app = Bottle()


class User(BaseModel):
    name: str = Field(min_length=1)
    age: int = Field(ge=0)


@app.post("/users")
def create_user():
    try:
        user = User.model_validate(request.json)
    except ValidationError as e:
        response.status = 422
        return {"errors": {".".join(map(str, err["loc"])): err["msg"] for err in e.errors()}}
    response.status = 201
    return user.model_dump()


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]))
