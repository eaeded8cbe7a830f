#[macro_use]
extern crate rocket;

use rocket::http::{Cookie, CookieJar, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::serde::Deserialize;
use rocket::serde::json::{Json, Value, json};

#[derive(Deserialize)]
#[serde(crate = "rocket::serde")]
struct Login<'r> {
    user: &'r str,
    password: &'r str,
}

struct User(String);

// A request guard: only a private cookie (encrypted and authenticated with the app's secret key)
// that this server set can name the user; anything else is a 401.
#[rocket::async_trait]
impl<'r> FromRequest<'r> for User {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        match req.cookies().get_private("user") {
            Some(cookie) => Outcome::Success(User(cookie.value().to_owned())),
            None => Outcome::Error((Status::Unauthorized, ())),
        }
    }
}

// Rocket has no login flow or password store (rocket_oauth2 only signs in through OAuth providers),
// so the check of the one hard-coded user is written by hand.
#[post("/login", format = "json", data = "<login>")]
fn login(jar: &CookieJar<'_>, login: Json<Login<'_>>) -> Status {
    if login.user != "ada" || login.password != "lovelace" {
        return Status::Unauthorized;
    }
    jar.add_private(Cookie::new("user", login.user.to_owned()));
    Status::NoContent
}

#[get("/me")]
fn me(user: User) -> Value {
    json!({ "user": user.0 })
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").map_or(8000, |p| p.parse().unwrap());
    let config = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", port));
    rocket::custom(config).mount("/", routes![login, me])
}
