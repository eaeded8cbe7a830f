import asyncio
import hashlib
import hmac
import os
import secrets

import tornado.escape
import tornado.web

# Tornado has no password hashing or user store: a hard-coded user, hashed with the stdlib.
SALT = secrets.token_bytes(16)
USERS = {"ada": hashlib.scrypt(b"lovelace", salt=SALT, n=2**14, r=8, p=1)}


def password_ok(user, password):
    stored = USERS.get(user)
    given = hashlib.scrypt(password.encode(), salt=SALT, n=2**14, r=8, p=1)
    return stored is not None and hmac.compare_digest(stored, given)


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        # None when the cookie is missing or its signature does not match
        user = self.get_signed_cookie("user")
        return user.decode() if user else None


class LoginHandler(BaseHandler):
    def post(self):
        body = tornado.escape.json_decode(self.request.body)
        if not password_ok(body.get("user", ""), body.get("password", "")):
            raise tornado.web.HTTPError(401)
        self.set_signed_cookie("user", body["user"], httponly=True)
        self.write({"user": body["user"]})


class MeHandler(BaseHandler):
    def get(self):
        # @tornado.web.authenticated would redirect to login_url; an API answers 401 instead.
        if not self.current_user:
            raise tornado.web.HTTPError(401)
        self.write({"user": self.current_user})


async def main():
    app = tornado.web.Application(
        [(r"/login", LoginHandler), (r"/me", MeHandler)],
        cookie_secret=secrets.token_hex(32),
    )
    app.listen(int(os.environ["PORT"]), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
