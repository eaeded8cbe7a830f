from litestar import Litestar, get


@get("/hello/{name:str}")
async def hello(name: str) -> dict[str, str]:
    return {"message": f"Hello, {name}"}


app = Litestar([hello])
