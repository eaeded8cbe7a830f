use salvo::prelude::*;
use serde_json::json;

#[handler]
async fn hello(req: &mut Request, res: &mut Response) {
    let name = req.param::<String>("name").unwrap_or_default();
    res.render(Json(json!({ "message": format!("Hello, {name}") })));
}

#[tokio::main]
async fn main() {
    let router = Router::with_path("hello/{name}").get(hello);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let acceptor = TcpListener::new(format!("127.0.0.1:{port}")).bind().await;
    Server::new(acceptor).serve(router).await;
}
