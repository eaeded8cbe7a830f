from litestar import Litestar, websocket_listener


@websocket_listener("/ws")
async def echo(data: str) -> str:
    return data


app = Litestar([echo])
