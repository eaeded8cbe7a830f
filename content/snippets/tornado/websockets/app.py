import asyncio
import os

import tornado.web
import tornado.websocket


class EchoHandler(tornado.websocket.WebSocketHandler):
    # One handler instance per connection, so the echo goes back to its sender only.
    def on_message(self, message):
        self.write_message(message)


async def main():
    app = tornado.web.Application([(r"/ws", EchoHandler)])
    app.listen(int(os.environ["PORT"]), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
