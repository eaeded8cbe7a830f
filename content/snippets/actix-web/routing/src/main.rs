use actix_web::{App, HttpServer, Responder, get, web};
use serde_json::json;

#[get("/hello/{name}")]
async fn hello(name: web::Path<String>) -> impl Responder {
    web::Json(json!({ "message": format!("Hello, {name}") }))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::var("PORT").map_or(8080, |p| p.parse().unwrap());
    HttpServer::new(|| App::new().service(hello))
        .bind(("127.0.0.1", port))?
        .run()
        .await
}
