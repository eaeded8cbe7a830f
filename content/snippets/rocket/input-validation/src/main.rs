#[macro_use]
extern crate rocket;

use rocket::http::Status;
use rocket::serde::json::{Json, Value, json};
use rocket::serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize)]
#[serde(crate = "rocket::serde")]
struct NewUser {
    name: String,
    age: i64,
}

// The Json guard answers 422 when the body does not parse as NewUser (e.g. "age": "old").
// Rocket's declarative validators apply to forms only, so JSON rules are checked here.
#[post("/users", format = "json", data = "<user>")]
fn create_user(user: Json<NewUser>) -> Result<(Status, Json<NewUser>), (Status, Value)> {
    let mut errors = Vec::new();
    if user.name.is_empty() {
        errors.push("name: must not be empty");
    }
    if user.age < 0 {
        errors.push("age: must be 0 or more");
    }
    if errors.is_empty() {
        Ok((Status::Created, user))
    } else {
        Err((Status::UnprocessableEntity, json!({ "errors": errors })))
    }
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").map_or(8000, |p| p.parse().unwrap());
    let config = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", port));
    rocket::custom(config).mount("/", routes![create_user])
}
