import asyncio
import os

import tornado.web
from pydantic import BaseModel, Field, ValidationError


class User(BaseModel):
    name: str = Field(min_length=1)
    age: int = Field(ge=0)


class UsersHandler(tornado.web.RequestHandler):
    def post(self):
        try:
            user = User.model_validate_json(self.request.body)
        except ValidationError as e:
            self.set_status(422)
            self.write({"errors": {".".join(map(str, err["loc"])): err["msg"] for err in e.errors()}})
            return
        self.set_status(201)
        self.write(user.model_dump())


async def main():
    app = tornado.web.Application([(r"/users", UsersHandler)])
    app.listen(int(os.environ["PORT"]), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
