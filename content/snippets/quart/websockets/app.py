from quart import Quart, websocket

app = Quart(__name__)


# Each connection runs its own copy of this function, so echoes go only to the sender.
@app.websocket("/ws")
async def echo():
    while True:
        await websocket.send(await websocket.receive())
