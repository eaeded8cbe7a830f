use poem::{
    Route, Server, get, handler,
    listener::TcpListener,
    web::{Json, Path},
};
use serde_json::{Value, json};

#[handler]
fn hello(Path(name): Path<String>) -> Json<Value> {
    Json(json!({ "message": format!("Hello, {name}") }))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Route::new().at("/hello/:name", get(hello));

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}"))).run(app).await
}
