use actix_web::{
    App, Error, HttpServer,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    http::header::{HeaderName, HeaderValue},
    middleware::{Next, from_fn},
    web,
};
use uuid::Uuid;

async fn request_id(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let mut res = next.call(req).await?;
    let id = HeaderValue::from_str(&Uuid::new_v4().to_string()).unwrap();
    res.headers_mut().insert(HeaderName::from_static("x-request-id"), id);
    Ok(res)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::var("PORT").map_or(8080, |p| p.parse().unwrap());
    // wrap() covers every route and the default 404 service
    HttpServer::new(|| {
        App::new()
            .wrap(from_fn(request_id))
            .route("/", web::get().to(|| async { "ok" }))
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
