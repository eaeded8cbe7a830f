import hashlib
import hmac
import secrets

from aiohttp import web
from aiohttp_security import (
    AbstractAuthorizationPolicy,
    CookiesIdentityPolicy,
    check_authorized,
    remember,
    setup as setup_security,
)

# aiohttp-security remembers an identity; users and password hashing (stdlib) are ours.
SALT = secrets.token_bytes(16)
USERS = {"ada": hashlib.scrypt(b"lovelace", salt=SALT, n=2**14, r=8, p=1)}
SESSIONS: dict[str, str] = {}  # the cookie holds an opaque session id, mapped here to the user

routes = web.RouteTableDef()


def password_ok(user, password):
    stored = USERS.get(user)
    given = hashlib.scrypt(password.encode(), salt=SALT, n=2**14, r=8, p=1)
    return stored is not None and hmac.compare_digest(stored, given)


class SessionTable(AbstractAuthorizationPolicy):
    async def authorized_userid(self, identity):
        return SESSIONS.get(identity)  # None for a missing or altered id

    async def permits(self, identity, permission, context=None):
        return identity in SESSIONS


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    body = await request.json()
    if not password_ok(body.get("user", ""), body.get("password", "")):
        raise web.HTTPUnauthorized()
    session_id = secrets.token_urlsafe(32)
    SESSIONS[session_id] = body["user"]
    response = web.json_response({"user": body["user"]})
    await remember(request, response, session_id, httponly=True)
    return response


@routes.get("/me")
async def me(request: web.Request) -> web.Response:
    user = await check_authorized(request)  # raises 401 when no session matches
    return web.json_response({"user": user})


def init(argv):
    app = web.Application()
    app.add_routes(routes)
    setup_security(app, CookiesIdentityPolicy(), SessionTable())
    return app
