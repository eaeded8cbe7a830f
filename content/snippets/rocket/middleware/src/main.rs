#[macro_use]
extern crate rocket;

use rocket::{
    fairing::AdHoc,
    http::Header,
    request::{FromRequest, Outcome, Request},
};
use uuid::Uuid;

struct RequestId(String);

// Handlers get the id the request fairing put in the request-local cache.
#[rocket::async_trait]
impl<'r> FromRequest<'r> for &'r RequestId {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        Outcome::Success(req.local_cache(|| RequestId(String::new())))
    }
}

#[get("/")]
fn index(id: &RequestId) -> String {
    id.0.clone()
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").map_or(8000, |p| p.parse().unwrap());
    let config = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", port));
    // Fairings run for every request and response, catcher-made 404s included.
    let assign = AdHoc::on_request("Request id", |req, _| {
        Box::pin(async move {
            req.local_cache(|| RequestId(Uuid::new_v4().to_string()));
        })
    });
    let stamp = AdHoc::on_response("Request id header", |req, res| {
        Box::pin(async move {
            let id = req.local_cache(|| RequestId(String::new())).0.clone();
            res.set_header(Header::new("X-Request-Id", id));
        })
    });
    rocket::custom(config).attach(assign).attach(stamp).mount("/", routes![index])
}
