from quart import Quart, request
from quart_auth import AuthUser, QuartAuth, current_user, login_required, login_user
from werkzeug.security import check_password_hash, generate_password_hash

app = Quart(__name__)
app.secret_key = "dev-only-secret"  # signs the auth cookie; read it from the environment in production
app.config["QUART_AUTH_COOKIE_SECURE"] = False  # this example is served over plain HTTP
QuartAuth(app)  # login_required raises Unauthorized: a 401, not a redirect

PASSWORDS = {"ada": generate_password_hash("lovelace")}


@app.post("/login")
async def login():
    data = await request.get_json()
    stored = PASSWORDS.get(data["user"])
    if stored is None or not check_password_hash(stored, data["password"]):
        return {"error": "wrong user or password"}, 401
    login_user(AuthUser(data["user"]))  # the auth id goes into a signed cookie
    return {"user": data["user"]}


@app.get("/me")
@login_required
async def me():
    return {"user": current_user.auth_id}
