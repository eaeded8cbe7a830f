#[macro_use]
extern crate rocket;

use rocket::futures::{SinkExt, StreamExt};
use rocket_ws::{Channel, WebSocket};

#[get("/ws")]
fn echo(ws: WebSocket) -> Channel<'static> {
    ws.channel(move |mut stream| {
        Box::pin(async move {
            while let Some(message) = stream.next().await {
                let message = message?;
                if message.is_text() {
                    stream.send(message).await?;
                }
            }
            Ok(())
        })
    })
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").map_or(8000, |p| p.parse().unwrap());
    let config = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", port));
    rocket::custom(config).mount("/", routes![echo])
}
