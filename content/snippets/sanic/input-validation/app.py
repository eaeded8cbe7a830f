from pydantic import BaseModel, Field, ValidationError as ModelError
from sanic import Sanic, json
from sanic_ext import validate
from sanic_ext.exceptions import ValidationError

app = Sanic("Validation")


class User(BaseModel):
    name: str = Field(min_length=1)
    age: int = Field(ge=0)


@app.post("/users")
@validate(json=User)
async def create_user(request, body: User):
    return json(body.model_dump(), status=201)


# sanic-ext reports a failed model as one text message; the Pydantic error it
# wraps is still attached, so it can be turned into one entry per bad field.
@app.exception(ValidationError)
async def invalid_body(request, exc: ValidationError):
    cause = exc.__context__
    if not isinstance(cause, ModelError):
        return json({"error": str(exc)}, status=400)
    errors = {".".join(map(str, e["loc"])): e["msg"] for e in cause.errors()}
    return json({"errors": errors}, status=422)
