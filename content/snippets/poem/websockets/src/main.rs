use futures_util::{SinkExt, StreamExt};
use poem::{
    IntoResponse, Route, Server, get, handler,
    listener::TcpListener,
    web::websocket::{Message, WebSocket},
};

#[handler]
fn ws(ws: WebSocket) -> impl IntoResponse {
    // Each connection gets its own task and socket, so echoes go back only to the sender.
    ws.on_upgrade(|mut socket| async move {
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Text(text) = message {
                if socket.send(Message::Text(text)).await.is_err() {
                    break;
                }
            }
        }
    })
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Route::new().at("/ws", get(ws));

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}"))).run(app).await
}
