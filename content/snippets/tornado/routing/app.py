import asyncio
import os

import tornado.web


class HelloHandler(tornado.web.RequestHandler):
    # The capture group arrives percent-decoded; methods other than get answer 405.
    def get(self, name):
        self.write({"message": f"Hello, {name}"})


async def main():
    app = tornado.web.Application([(r"/hello/([^/]+)", HelloHandler)])
    app.listen(int(os.environ["PORT"]), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
