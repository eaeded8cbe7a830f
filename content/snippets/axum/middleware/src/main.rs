use axum::{
    Extension, Router,
    extract::Request,
    middleware::{self, Next},
    response::Response,
    routing::get,
};
use uuid::Uuid;

#[derive(Clone)]
struct RequestId(String);

async fn request_id(mut request: Request, next: Next) -> Response {
    let id = Uuid::new_v4().to_string();
    // Handlers read it with the Extension extractor.
    request.extensions_mut().insert(RequestId(id.clone()));
    let mut response = next.run(request).await;
    response.headers_mut().insert("x-request-id", id.parse().unwrap());
    response
}

#[tokio::main]
async fn main() {
    // layer() wraps every route and the default 404 fallback
    let app = Router::new()
        .route("/", get(|Extension(RequestId(id)): Extension<RequestId>| async move { id }))
        .layer(middleware::from_fn(request_id));

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
