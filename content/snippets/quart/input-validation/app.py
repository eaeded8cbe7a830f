from pydantic import BaseModel, Field
from quart import Quart
from quart_schema import QuartSchema, RequestSchemaValidationError, validate_request

app = Quart(__name__)
QuartSchema(app)


class User(BaseModel):
    name: str = Field(min_length=1)
    age: int = Field(ge=0)


@app.post("/users")
@validate_request(User)
async def create_user(data: User):
    return data.model_dump(), 201


# By default Quart-Schema answers a plain 400 page; list each failing field instead.
@app.errorhandler(RequestSchemaValidationError)
async def invalid(error):
    return {"errors": error.validation_error.errors(include_url=False)}, 400
