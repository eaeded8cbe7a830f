from sanic import Sanic, json
from sanic_security.authentication import initialize_security, login, requires_authentication
from sanic_security.configuration import config
from sanic_security.exceptions import CredentialsError, NotFoundError
from sanic_security.models import Account
from sanic_security.utils import password_hasher
from tortoise.contrib.sanic import register_tortoise

app = Sanic("Auth")
config.SECRET = "change-me: a long random secret that signs the session JWTs"
config.ALLOW_LOGIN_WITH_USERNAME = True

# Sanic Security keeps accounts and sessions in Tortoise ORM tables.
register_tortoise(app, db_url="sqlite://accounts.sqlite3", modules={"models": ["sanic_security.models"]}, generate_schemas=True)
initialize_security(app, create_root=False)


@app.before_server_start
async def add_ada(app):
    await Account.get_or_create(
        username="ada",
        defaults={"email": "ada@example.com", "password": password_hasher.hash("lovelace"), "verified": True},
    )


@app.post("/login")
async def on_login(request):
    try:
        session = await login(request, email=request.json.get("user"), password=request.json.get("password"))
    except NotFoundError:  # an unknown user answers like a wrong password, not 404
        raise CredentialsError("Incorrect username or password.", 401)
    response = json({"user": session.bearer.username})
    session.encode(response)  # the session JWT goes into an HttpOnly cookie
    return response


@app.get("/me")
@requires_authentication  # 401 without a valid session cookie
async def me(request):
    return json({"user": request.ctx.session.bearer.username})
