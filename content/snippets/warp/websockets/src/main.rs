use futures_util::{SinkExt, StreamExt};
use warp::{
    Filter,
    ws::{WebSocket, Ws},
};

// Runs once per connection, so every client only hears its own messages.
async fn echo(mut socket: WebSocket) {
    while let Some(Ok(message)) = socket.next().await {
        if message.is_text() && socket.send(message).await.is_err() {
            break;
        }
    }
}

#[tokio::main]
async fn main() {
    let ws = warp::path!("ws").and(warp::ws()).map(|upgrade: Ws| upgrade.on_upgrade(echo));

    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    warp::serve(ws).run(([127, 0, 0, 1], port)).await;
}
