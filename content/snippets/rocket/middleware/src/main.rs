#[macro_use]
extern crate rocket;

use rocket::{fairing::AdHoc, http::Header};
use uuid::Uuid;

#[get("/")]
fn index() -> &'static str {
    "ok"
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").map_or(8000, |p| p.parse().unwrap());
    let config = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", port));
    // A response fairing runs for every response, catcher-made 404s included.
    let request_id = AdHoc::on_response("Request id", |_, res| {
        Box::pin(async move {
            res.set_header(Header::new("X-Request-Id", Uuid::new_v4().to_string()));
        })
    });
    rocket::custom(config).attach(request_id).mount("/", routes![index])
}
