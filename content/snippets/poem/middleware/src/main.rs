use std::sync::Arc;

use poem::{
    Endpoint, EndpointExt, Request, Response, Result, Route, Server, get, handler,
    listener::TcpListener, web::Data,
};
use uuid::Uuid;

#[derive(Clone)]
struct RequestId(String);

// Runs around every request, including those that end in a 404.
async fn request_id<E: Endpoint>(next: Arc<E>, mut req: Request) -> Result<Response> {
    let id = Uuid::new_v4().to_string();
    req.extensions_mut().insert(RequestId(id.clone()));
    // get_response turns errors such as "not found" into responses, so they get the header too.
    let mut resp = next.get_response(req).await;
    resp.headers_mut().insert("x-request-id", id.parse().unwrap());
    Ok(resp)
}

#[handler]
fn index(Data(RequestId(id)): Data<&RequestId>) -> String {
    id.clone()
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Route::new().at("/", get(index)).around(request_id);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}"))).run(app).await
}
