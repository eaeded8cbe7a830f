use std::collections::BTreeMap;

use serde::{Deserialize, Serialize, de::IgnoredAny};
use validator::Validate;
use warp::{
    Filter,
    http::StatusCode,
    reply::{self, Reply, Response},
};

#[derive(Serialize, Validate)]
struct NewUser {
    #[validate(length(min = 1))]
    name: String,
    #[validate(range(min = 0))]
    age: i64,
}

// warp::body::json rejects a wrongly typed field with a plain-text 400 that names it only inside
// a sentence, so each field is read as "the expected type, or anything else" and checked here.
#[derive(Deserialize)]
#[serde(untagged)]
enum Field<T> {
    Typed(T),
    Wrong(IgnoredAny),
}

#[derive(Deserialize)]
struct Body {
    name: Field<String>,
    age: Field<i64>,
}

fn unprocessable(errors: &impl Serialize) -> Response {
    reply::with_status(reply::json(errors), StatusCode::UNPROCESSABLE_ENTITY).into_response()
}

fn create_user(body: Body) -> Response {
    let user = match body {
        Body { name: Field::Typed(name), age: Field::Typed(age) } => NewUser { name, age },
        Body { name, age } => {
            let mut errors = BTreeMap::new();
            if let Field::Wrong(_) = name {
                errors.insert("name", "expected a string");
            }
            if let Field::Wrong(_) = age {
                errors.insert("age", "expected an integer");
            }
            return unprocessable(&errors);
        }
    };
    match user.validate() {
        Ok(()) => reply::with_status(reply::json(&user), StatusCode::CREATED).into_response(),
        Err(errors) => unprocessable(&errors),
    }
}

#[tokio::main]
async fn main() {
    let users = warp::path!("users").and(warp::post()).and(warp::body::json()).map(create_user);

    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    warp::serve(users).run(([127, 0, 0, 1], port)).await;
}
