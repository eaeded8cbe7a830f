import falcon
import falcon.asgi


class Echo:
    async def on_websocket(self, req, ws):
        await ws.accept()
        while True:
            try:
                message = await ws.receive_text()
            except falcon.WebSocketDisconnected:
                return
            await ws.send_text(message)


app = falcon.asgi.App()
app.add_route("/ws", Echo())
