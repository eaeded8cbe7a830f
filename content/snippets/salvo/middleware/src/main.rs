use salvo::http::HeaderValue;
use salvo::prelude::*;
use uuid::Uuid;

struct RequestId(String);

#[handler]
async fn request_id(req: &mut Request, depot: &mut Depot, res: &mut Response, ctrl: &mut FlowCtrl) {
    let id = Uuid::new_v4().to_string();
    depot.inject(RequestId(id.clone()));
    ctrl.call_next(req, depot, res).await;
    res.headers_mut().insert("x-request-id", HeaderValue::from_str(&id).unwrap());
}

#[handler]
async fn index(depot: &mut Depot) -> String {
    depot.obtain::<RequestId>().map(|id| id.0.clone()).unwrap_or_default()
}

#[tokio::main]
async fn main() {
    let router = Router::new().get(index);
    // A hoop on the Service also runs for requests that no route matches (the 404s).
    let service = Service::new(router).hoop(request_id);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let acceptor = TcpListener::new(format!("127.0.0.1:{port}")).bind().await;
    Server::new(acceptor).serve(service).await;
}
