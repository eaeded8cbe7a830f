from pydantic import BaseModel, Field
from spectree import SpecTree
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

spec = SpecTree("starlette")


class User(BaseModel):
    name: str = Field(min_length=1)
    age: int = Field(ge=0)


# SpecTree validates the JSON body before the endpoint runs and answers 422
# with one entry per failing field; the parsed model is on request.context.
@spec.validate(json=User)
async def create_user(request):
    user = request.context.json
    return JSONResponse(user.model_dump(), status_code=201)


app = Starlette(routes=[Route("/users", create_user, methods=["POST"])])
spec.register(app)
