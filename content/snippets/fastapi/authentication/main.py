import hashlib
import hmac
import os
import secrets
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

# fastapi.security reads the bearer token; FastAPI has no login, token issuing or password
# hashing, so this keeps random tokens in memory and hashes with the standard library's scrypt.


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


SALT = os.urandom(16)
USERS = {"ada": hash_password("lovelace", SALT)}
TOKENS: dict[str, str] = {}


class Login(BaseModel):
    user: str
    password: str


app = FastAPI()
bearer = HTTPBearer()  # a missing or non-Bearer Authorization header answers 401


@app.post("/login")
def login(data: Login):
    stored = USERS.get(data.user)
    if stored is None or not hmac.compare_digest(stored, hash_password(data.password, SALT)):
        raise HTTPException(status_code=401, detail="Wrong user or password")
    token = secrets.token_urlsafe(32)
    TOKENS[token] = data.user
    return {"access_token": token, "token_type": "bearer"}


def current_user(credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> str:
    user = TOKENS.get(credentials.credentials)
    if user is None:
        raise HTTPException(status_code=401, detail="Invalid token", headers={"WWW-Authenticate": "Bearer"})
    return user


@app.get("/me")
def me(user: Annotated[str, Depends(current_user)]):
    return {"user": user}
