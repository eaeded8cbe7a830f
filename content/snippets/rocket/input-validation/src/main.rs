#[macro_use]
extern crate rocket;

use std::collections::BTreeMap;

use rocket::http::Status;
use rocket::serde::de::IgnoredAny;
use rocket::serde::json::{Json, Value, json};
use rocket::serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize)]
#[serde(crate = "rocket::serde")]
struct NewUser {
    name: String,
    age: i64,
}

// The Json guard answers a value of the wrong type with an HTML 422 that names no field, so each
// field is read as "the right type, or anything else" and the wrong ones are named here.
#[derive(Deserialize)]
#[serde(crate = "rocket::serde", untagged)]
enum Typed<T> {
    Right(T),
    Wrong(IgnoredAny),
}

#[derive(Deserialize)]
#[serde(crate = "rocket::serde")]
struct Body {
    name: Typed<String>,
    age: Typed<i64>,
}

// Rocket's declarative validators apply to forms only, so JSON rules are checked here.
#[post("/users", format = "json", data = "<body>")]
fn create_user(body: Json<Body>) -> Result<(Status, Json<NewUser>), (Status, Value)> {
    let mut errors = BTreeMap::new();
    let user = match body.into_inner() {
        Body { name: Typed::Right(name), age: Typed::Right(age) } => NewUser { name, age },
        Body { name, age } => {
            if let Typed::Wrong(_) = name {
                errors.insert("name", "expected a string");
            }
            if let Typed::Wrong(_) = age {
                errors.insert("age", "expected an integer");
            }
            return Err((Status::BadRequest, json!({ "errors": errors })));
        }
    };
    if user.name.is_empty() {
        errors.insert("name", "must not be empty");
    }
    if user.age < 0 {
        errors.insert("age", "must be 0 or more");
    }
    if errors.is_empty() {
        Ok((Status::Created, Json(user)))
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
