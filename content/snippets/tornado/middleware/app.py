import asyncio
import os
from uuid import uuid4

import tornado.web


class RequestIdHandler(tornado.web.RequestHandler):
    """Base class: Tornado has no middleware stack, so every handler inherits this."""

    request_id = None

    def prepare(self):
        self.request_id = str(uuid4())
        self.set_default_headers()

    def set_default_headers(self):
        # Tornado calls this again when it resets the response for an error page.
        if self.request_id:
            self.set_header("X-Request-Id", self.request_id)


class IndexHandler(RequestIdHandler):
    def get(self):
        self.write(self.request_id)


class NotFoundHandler(RequestIdHandler):
    def prepare(self):
        super().prepare()
        raise tornado.web.HTTPError(404)


async def main():
    app = tornado.web.Application([(r"/", IndexHandler)], default_handler_class=NotFoundHandler)
    app.listen(int(os.environ["PORT"]), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
