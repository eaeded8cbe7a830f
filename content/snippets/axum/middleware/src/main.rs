use axum::{
    Router,
    extract::Request,
    middleware::{self, Next},
    response::Response,
    routing::get,
};
use uuid::Uuid;

async fn request_id(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let id = Uuid::new_v4().to_string();
    response.headers_mut().insert("x-request-id", id.parse().unwrap());
    response
}

#[tokio::main]
async fn main() {
    // layer() wraps every route and the default 404 fallback
    let app = Router::new()
        .route("/", get(|| async { "ok" }))
        .layer(middleware::from_fn(request_id));

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
