from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class User(BaseModel):
    name: str = Field(min_length=1)
    age: int = Field(ge=0)


@app.post("/users", status_code=201)
async def create_user(user: User) -> User:
    return user
