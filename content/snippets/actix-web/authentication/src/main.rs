use actix_identity::{Identity, IdentityMiddleware};
use actix_session::{SessionMiddleware, storage::CookieSessionStore};
use actix_web::{App, HttpMessage, HttpRequest, HttpResponse, HttpServer, Result, cookie::Key, get, post, web};
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
struct Login {
    user: String,
    password: String,
}

// actix-identity remembers who logged in; checking the password (one hard-coded user here) is the app's job.
#[post("/login")]
async fn login(req: HttpRequest, body: web::Json<Login>) -> Result<HttpResponse> {
    if body.user != "ada" || body.password != "lovelace" {
        return Ok(HttpResponse::Unauthorized().finish());
    }
    Identity::login(&req.extensions(), body.user.clone())?;
    Ok(HttpResponse::NoContent().finish())
}

// The Identity extractor answers 401 when the session cookie is missing or does not decrypt.
#[get("/me")]
async fn me(user: Identity) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(json!({ "user": user.id()? })))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let key = Key::generate();
    let port: u16 = std::env::var("PORT").map_or(8080, |p| p.parse().unwrap());
    HttpServer::new(move || {
        App::new()
            .wrap(IdentityMiddleware::default())
            .wrap(SessionMiddleware::new(CookieSessionStore::default(), key.clone()))
            .service(login)
            .service(me)
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
