use axum::{Json, Router, extract::Path, routing::get};
use serde_json::{Value, json};

async fn hello(Path(name): Path<String>) -> Json<Value> {
    Json(json!({ "message": format!("Hello, {name}") }))
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/hello/{name}", get(hello));

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
