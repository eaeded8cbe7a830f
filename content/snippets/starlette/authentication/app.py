import hashlib
import hmac
import os
import secrets

from starlette.applications import Starlette
from starlette.authentication import AuthCredentials, AuthenticationBackend, SimpleUser, requires
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

# Starlette fills request.user from a backend you write; it has no login flow, token issuing or
# password hashing, so this keeps random tokens in memory and hashes with the standard library.


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


SALT = os.urandom(16)
PASSWORDS = {"ada": hash_password("lovelace", SALT)}
TOKENS: dict[str, str] = {}


class BearerTokenBackend(AuthenticationBackend):
    async def authenticate(self, conn):
        scheme, _, token = conn.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or token not in TOKENS:
            return None  # request.user stays unauthenticated
        return AuthCredentials(["authenticated"]), SimpleUser(TOKENS[token])


async def login(request):
    data = await request.json()
    stored = PASSWORDS.get(data["user"])
    if stored is None or not hmac.compare_digest(stored, hash_password(data["password"], SALT)):
        return JSONResponse({"error": "wrong user or password"}, status_code=401)
    token = secrets.token_urlsafe(32)
    TOKENS[token] = data["user"]
    return JSONResponse({"access_token": token, "token_type": "bearer"})


@requires("authenticated", status_code=401)  # the default is 403
async def me(request):
    return JSONResponse({"user": request.user.username})


app = Starlette(
    routes=[Route("/login", login, methods=["POST"]), Route("/me", me)],
    middleware=[Middleware(AuthenticationMiddleware, backend=BearerTokenBackend())],
)
