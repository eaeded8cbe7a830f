import hashlib
import hmac
import os
import secrets

from bottle import Bottle, abort, request, response

app = Bottle()
SECRET = secrets.token_hex(32)  # signs the cookie

# Bottle has no user model or password hashing: a hard-coded user, hashed with the stdlib.
SALT = secrets.token_bytes(16)
USERS = {"ada": hashlib.scrypt(b"lovelace", salt=SALT, n=2**14, r=8, p=1)}


def password_ok(user, password):
    stored = USERS.get(user)
    given = hashlib.scrypt(password.encode(), salt=SALT, n=2**14, r=8, p=1)
    return stored is not None and hmac.compare_digest(stored, given)


@app.post("/login")
def login():
    user, password = request.json.get("user", ""), request.json.get("password", "")
    if not password_ok(user, password):
        abort(401)
    response.set_cookie("user", user, secret=SECRET, httponly=True, path="/")
    return {"user": user}


@app.get("/me")
def me():
    # None when the cookie is missing or its signature does not match
    user = request.get_cookie("user", secret=SECRET)
    if user is None:
        abort(401)
    return {"user": user}


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]))
