from flask import Flask, request
from flask_login import LoginManager, UserMixin, current_user, login_required, login_user
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.secret_key = "dev-only-secret"  # signs the session cookie; read it from the environment in production
login_manager = LoginManager(app)  # no login_view is set, so login_required answers 401, not a redirect


class User(UserMixin):
    def __init__(self, name, password):
        self.id = name
        self.password_hash = generate_password_hash(password)


USERS = {"ada": User("ada", "lovelace")}


@login_manager.user_loader
def load_user(user_id):
    return USERS.get(user_id)


@app.post("/login")
def login():
    data = request.get_json()
    user = USERS.get(data["user"])
    if user is None or not check_password_hash(user.password_hash, data["password"]):
        return {"error": "wrong user or password"}, 401
    login_user(user)  # stores the user id in Flask's signed session cookie
    return {"user": user.id}


@app.get("/me")
@login_required
def me():
    return {"user": current_user.id}
