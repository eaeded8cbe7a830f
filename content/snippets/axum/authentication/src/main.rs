use std::convert::Infallible;

use axum::{
    Json, Router,
    http::StatusCode,
    routing::{get, post},
};
use axum_login::{AuthManagerLayerBuilder, AuthUser, AuthnBackend, login_required};
use serde::Deserialize;
use serde_json::{Value, json};
use tower_sessions::{MemoryStore, SessionManagerLayer};

#[derive(Clone, Debug)]
struct User {
    name: String,
    password: String,
}

impl AuthUser for User {
    type Id = String;

    fn id(&self) -> String {
        self.name.clone()
    }

    // Stored in the session and compared on each request: a changed password ends old sessions.
    fn session_auth_hash(&self) -> &[u8] {
        self.password.as_bytes()
    }
}

#[derive(Clone, Deserialize)]
struct Credentials {
    user: String,
    password: String,
}

// axum-login asks the app for a backend that finds users; here it knows one hard-coded user.
#[derive(Clone)]
struct Backend;

fn ada() -> User {
    User { name: "ada".into(), password: "lovelace".into() }
}

impl AuthnBackend for Backend {
    type User = User;
    type Credentials = Credentials;
    type Error = Infallible;

    async fn authenticate(&self, creds: Credentials) -> Result<Option<User>, Infallible> {
        Ok((creds.user == "ada" && creds.password == "lovelace").then(ada))
    }

    async fn get_user(&self, id: &String) -> Result<Option<User>, Infallible> {
        Ok((id == "ada").then(ada))
    }
}

type AuthSession = axum_login::AuthSession<Backend>;

async fn login(mut auth: AuthSession, Json(creds): Json<Credentials>) -> StatusCode {
    let Ok(Some(user)) = auth.authenticate(creds).await else {
        return StatusCode::UNAUTHORIZED;
    };
    match auth.login(&user).await {
        Ok(()) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

async fn me(auth: AuthSession) -> Json<Value> {
    // login_required! has already answered 401 when the session holds no user.
    Json(json!({ "user": auth.user.expect("logged in").name }))
}

#[tokio::main]
async fn main() {
    let sessions = SessionManagerLayer::new(MemoryStore::default());
    let app = Router::new()
        .route("/me", get(me))
        .route_layer(login_required!(Backend))
        .route("/login", post(login))
        .layer(AuthManagerLayerBuilder::new(Backend, sessions).build());

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
