use percent_encoding::percent_decode_str;
use serde_json::json;
use warp::Filter;

#[tokio::main]
async fn main() {
    // path! matches the whole path; a String segment arrives still percent-encoded.
    let hello = warp::path!("hello" / String).and(warp::get()).map(|name: String| {
        let name = percent_decode_str(&name).decode_utf8_lossy();
        warp::reply::json(&json!({ "message": format!("Hello, {name}") }))
    });

    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    warp::serve(hello).run(([127, 0, 0, 1], port)).await;
}
