use uuid::Uuid;
use warp::{
    Filter,
    http::StatusCode,
    reply::{Reply, Response},
};

type Handler = fn(&str) -> Response;

fn index(request_id: &str) -> Response {
    request_id.to_string().into_response()
}

fn not_found(_request_id: &str) -> Response {
    StatusCode::NOT_FOUND.into_response()
}

#[tokio::main]
async fn main() {
    // The routes only choose a handler; a request no route matches gets not_found.
    let routes = warp::path::end()
        .and(warp::get())
        .map(|| index as Handler)
        .or(warp::any().map(|| not_found as Handler))
        .unify();

    // The middleware. Filters hand values on by extracting them, not by changing the request,
    // so it makes the id first, calls the chosen handler with it, then stamps the answer.
    let app = warp::any()
        .map(|| Uuid::new_v4().to_string())
        .and(routes)
        .map(|id: String, handler: Handler| {
            let mut response = handler(&id);
            response.headers_mut().insert("x-request-id", id.parse().unwrap());
            response
        });

    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    warp::serve(app).run(([127, 0, 0, 1], port)).await;
}
