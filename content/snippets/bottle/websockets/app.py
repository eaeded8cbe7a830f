from gevent import monkey

monkey.patch_all()  # Bottle's gevent adapter needs this before other imports

import os

from bottle import Bottle, abort, request
from geventwebsocket import WebSocketError
from geventwebsocket.handler import WebSocketHandler

app = Bottle()


@app.route("/ws")
def echo():
    ws = request.environ.get("wsgi.websocket")
    if ws is None:
        abort(400, "Expected a WebSocket request.")
    while True:
        try:
            message = ws.receive()
        except WebSocketError:
            break
        if message is None:  # the client closed the connection
            break
        ws.send(message)
    return ""


if __name__ == "__main__":
    app.run(server="gevent", handler_class=WebSocketHandler, host="127.0.0.1", port=int(os.environ["PORT"]))
