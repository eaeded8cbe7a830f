import hashlib
import hmac
import secrets

from pyramid.authentication import AuthTktCookieHelper
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPUnauthorized
from pyramid.security import remember

# Pyramid keeps no users and hashes no passwords: a hard-coded user, hashed with the stdlib.
SALT = secrets.token_bytes(16)
USERS = {"ada": hashlib.scrypt(b"lovelace", salt=SALT, n=2**14, r=8, p=1)}


def password_ok(user, password):
    stored = USERS.get(user)
    given = hashlib.scrypt(password.encode(), salt=SALT, n=2**14, r=8, p=1)
    return stored is not None and hmac.compare_digest(stored, given)


class SecurityPolicy:
    """Keeps the user id in a signed auth-ticket cookie."""

    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, http_only=True)

    def identity(self, request):
        ticket = self.helper.identify(request)  # None when missing or the signature fails
        return ticket["userid"] if ticket and ticket["userid"] in USERS else None

    def authenticated_userid(self, request):
        return request.identity

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


def login(request):
    body = request.json_body
    if not password_ok(body.get("user", ""), body.get("password", "")):
        raise HTTPUnauthorized()
    request.response.headers.extend(remember(request, body["user"]))
    return {"user": body["user"]}


def me(request):
    if request.authenticated_userid is None:
        raise HTTPUnauthorized()  # an API answers 401 rather than redirecting to a login page
    return {"user": request.authenticated_userid}


with Configurator() as config:
    config.set_security_policy(SecurityPolicy(secrets.token_hex(32)))
    config.add_route("login", "/login")
    config.add_route("me", "/me")
    config.add_view(login, route_name="login", request_method="POST", renderer="json")
    config.add_view(me, route_name="me", request_method="GET", renderer="json")
    app = config.make_wsgi_app()
