use salvo::prelude::*;
use salvo::websocket::WebSocket;

#[handler]
async fn ws(req: &mut Request, res: &mut Response) -> Result<(), StatusError> {
    WebSocketUpgrade::new().upgrade(req, res, echo).await
}

async fn echo(mut socket: WebSocket) {
    while let Some(Ok(message)) = socket.recv().await {
        if message.is_text() && socket.send(message).await.is_err() {
            break;
        }
    }
}

#[tokio::main]
async fn main() {
    let router = Router::with_path("ws").goal(ws);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let acceptor = TcpListener::new(format!("127.0.0.1:{port}")).bind().await;
    Server::new(acceptor).serve(router).await;
}
