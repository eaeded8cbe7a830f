#[macro_use]
extern crate rocket;

use rocket::serde::json::{Value, json};

#[get("/hello/<name>")]
fn hello(name: &str) -> Value {
    json!({ "message": format!("Hello, {name}") })
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").map_or(8000, |p| p.parse().unwrap());
    let config = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", port));
    rocket::custom(config).mount("/", routes![hello])
}
