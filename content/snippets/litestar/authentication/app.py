import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from litestar import Litestar, Request, get, post
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.session.server_side import ServerSideSessionBackend, ServerSideSessionConfig
from litestar.security.session_auth import SessionAuth


@dataclass
class User:
    name: str


@dataclass
class Login:
    user: str
    password: str


# Litestar has no password hashing of its own: the standard library's scrypt does it here.
def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


SALT = os.urandom(16)
PASSWORDS = {"ada": hash_password("lovelace", SALT)}


async def retrieve_user(session: dict[str, Any], connection: ASGIConnection) -> User | None:
    name = session.get("user")
    return User(name) if name in PASSWORDS else None


@post("/login", status_code=200)
async def login(data: Login, request: Request) -> dict[str, str]:
    stored = PASSWORDS.get(data.user)
    if stored is None or not hmac.compare_digest(stored, hash_password(data.password, SALT)):
        raise NotAuthorizedException("Wrong user or password")
    request.set_session({"user": data.user})
    return {"user": data.user}


@get("/me")
async def me(request: Request[User, Any, Any]) -> dict[str, str]:
    return {"user": request.user.name}


session_auth = SessionAuth[User, ServerSideSessionBackend](
    retrieve_user_handler=retrieve_user,
    # The cookie carries a random session id; the session itself stays in the app's memory store.
    session_backend_config=ServerSideSessionConfig(),
    exclude=["/login"],  # every other route answers 401 without a session
)
app = Litestar([login, me], on_app_init=[session_auth.on_app_init])
