use std::time::{SystemTime, UNIX_EPOCH};

use jsonwebtoken::{EncodingKey, Header};
use salvo::jwt_auth::{ConstDecoder, HeaderFinder};
use salvo::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

// One key signs and verifies the tokens (in production, a long random secret from the environment).
const SECRET: &[u8] = b"a-long-random-secret-kept-out-of-the-code";

#[derive(Clone, Deserialize, Serialize)]
struct Claims {
    user: String,
    exp: u64,
}

#[derive(Deserialize)]
struct Login {
    user: String,
    password: String,
}

// Salvo verifies tokens but has no login flow or user store: the one hard-coded user is checked
// here and the token is signed with jsonwebtoken, the crate JwtAuth decodes with.
#[handler]
async fn login(req: &mut Request, res: &mut Response) -> Result<(), StatusError> {
    let creds: Login = req.parse_json().await.map_err(|_| StatusError::bad_request())?;
    if creds.user != "ada" || creds.password != "lovelace" {
        return Err(StatusError::unauthorized());
    }
    let exp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + 3600;
    let claims = Claims { user: creds.user, exp };
    let token = jsonwebtoken::encode(&Header::default(), &claims, &EncodingKey::from_secret(SECRET))
        .map_err(|_| StatusError::internal_server_error())?;
    res.render(Json(json!({ "token": token })));
    Ok(())
}

// JwtAuth answers 403 to a token that fails to verify, so it lets every request through
// (force_passed) and the handler turns anything but a verified token into 401.
#[handler]
async fn me(depot: &mut Depot, res: &mut Response) -> Result<(), StatusError> {
    match (depot.jwt_auth_state(), depot.jwt_auth_data::<Claims>()) {
        (JwtAuthState::Authorized, Some(data)) => {
            res.render(Json(json!({ "user": data.claims.user })));
            Ok(())
        }
        _ => Err(StatusError::unauthorized()),
    }
}

#[tokio::main]
async fn main() {
    let auth: JwtAuth<Claims, _> = JwtAuth::new(ConstDecoder::from_secret(SECRET))
        .finders(vec![Box::new(HeaderFinder::new())])
        .force_passed(true);
    let router = Router::new()
        .push(Router::with_path("login").post(login))
        .push(Router::with_path("me").hoop(auth).get(me));

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let acceptor = TcpListener::new(format!("127.0.0.1:{port}")).bind().await;
    Server::new(acceptor).serve(router).await;
}
