import hashlib
import hmac
import secrets
import time

import falcon
from falcon_auth2 import AuthMiddleware
from falcon_auth2.backends import JWTAuthBackend
from joserfc import jwt
from joserfc.jwk import OctKey

KEY = OctKey.generate_key(256)

# falcon-auth2 checks tokens only: the user store, hashing (stdlib) and issuing are ours.
SALT = secrets.token_bytes(16)
USERS = {"ada": hashlib.scrypt(b"lovelace", salt=SALT, n=2**14, r=8, p=1)}


def password_ok(user, password):
    stored = USERS.get(user)
    given = hashlib.scrypt(password.encode(), salt=SALT, n=2**14, r=8, p=1)
    return stored is not None and hmac.compare_digest(stored, given)


class Login:
    auth = {"auth_disabled": True}

    def on_post(self, req, resp):
        body = req.get_media()
        if not password_ok(body.get("user", ""), body.get("password", "")):
            raise falcon.HTTPUnauthorized()
        claims = {"sub": body["user"], "exp": int(time.time()) + 3600}
        resp.media = {"token": jwt.encode({"alg": "HS256"}, claims, KEY)}


class Me:
    def on_get(self, req, resp):
        resp.media = {"user": req.context.auth["user"]}


# Every route needs a valid "Authorization: Bearer <JWT>" unless it opts out; otherwise 401.
backend = JWTAuthBackend(
    lambda attributes, claims: claims["sub"] if claims["sub"] in USERS else None,
    KEY,
    claims_options={"sub": {"essential": True}, "exp": {"essential": True}},
)
app = falcon.App(middleware=[AuthMiddleware(backend)])
app.add_route("/login", Login())
app.add_route("/me", Me())
