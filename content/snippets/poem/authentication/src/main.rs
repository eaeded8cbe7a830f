use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use poem::{EndpointExt, Request, Route, Server, listener::TcpListener, web::Data};
use poem_openapi::{ApiResponse, Object, OpenApi, OpenApiService, SecurityScheme, auth::Bearer, payload::Json};

// Issued tokens and whom they belong to; a token not in here is made up or altered.
type Tokens = Arc<Mutex<HashMap<String, String>>>;

// The security scheme reads `Authorization: Bearer …` and runs the checker: no header, or None
// from the checker, and poem-openapi answers 401 before the operation runs.
#[derive(SecurityScheme)]
#[oai(ty = "bearer", checker = "check_token")]
struct UserAuth(String);

async fn check_token(req: &Request, bearer: Bearer) -> Option<String> {
    req.data::<Tokens>()?.lock().unwrap().get(&bearer.token).cloned()
}

#[derive(Object)]
struct Login {
    user: String,
    password: String,
}

#[derive(Object)]
struct Token {
    token: String,
}

#[derive(Object)]
struct Me {
    user: String,
}

#[derive(ApiResponse)]
enum LoginResponse {
    #[oai(status = 200)]
    Ok(Json<Token>),
    #[oai(status = 401)]
    Unauthorized,
}

struct Api;

#[OpenApi]
impl Api {
    // poem-openapi checks credentials but has no login flow or user store: one hard-coded user here.
    #[oai(path = "/login", method = "post")]
    async fn login(&self, tokens: Data<&Tokens>, body: Json<Login>) -> LoginResponse {
        if body.user != "ada" || body.password != "lovelace" {
            return LoginResponse::Unauthorized;
        }
        let token = uuid::Uuid::new_v4().simple().to_string();
        tokens.lock().unwrap().insert(token.clone(), body.0.user);
        LoginResponse::Ok(Json(Token { token }))
    }

    #[oai(path = "/me", method = "get")]
    async fn me(&self, auth: UserAuth) -> Json<Me> {
        Json(Me { user: auth.0 })
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let api = OpenApiService::new(Api, "Auth", "1.0");
    let app = Route::new().nest("/", api).data(Tokens::default());

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}"))).run(app).await
}
