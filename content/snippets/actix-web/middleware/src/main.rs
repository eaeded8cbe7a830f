use actix_web::{
    App, Error, HttpMessage, HttpServer,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    http::header::{HeaderName, HeaderValue},
    middleware::{Next, from_fn},
    web,
};
use uuid::Uuid;

#[derive(Clone)]
struct RequestId(String);

async fn request_id(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let id = Uuid::new_v4().to_string();
    // Handlers read it with the ReqData extractor.
    req.extensions_mut().insert(RequestId(id.clone()));
    let mut res = next.call(req).await?;
    res.headers_mut().insert(HeaderName::from_static("x-request-id"), HeaderValue::from_str(&id).unwrap());
    Ok(res)
}

async fn index(id: web::ReqData<RequestId>) -> String {
    id.into_inner().0
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::var("PORT").map_or(8080, |p| p.parse().unwrap());
    // wrap() covers every route and the default 404 service
    HttpServer::new(|| {
        App::new()
            .wrap(from_fn(request_id))
            .route("/", web::get().to(index))
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
