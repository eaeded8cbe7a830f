use std::collections::BTreeMap;

use axum::{
    Json, Router,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
};
use serde::{Deserialize, Serialize, de::IgnoredAny};
use validator::Validate;

#[derive(Deserialize, Serialize, Validate)]
struct NewUser {
    #[validate(length(min = 1))]
    name: String,
    #[validate(range(min = 0))]
    age: i64,
}

// Json rejects a value of the wrong type with a plain-text 422 that names the field only inside
// a sentence, so each field is read as "the right type, or anything else" and named here.
#[derive(Deserialize)]
#[serde(untagged)]
enum Typed<T> {
    Right(T),
    Wrong(IgnoredAny),
}

#[derive(Deserialize)]
struct Body {
    name: Typed<String>,
    age: Typed<i64>,
}

async fn create_user(Json(body): Json<Body>) -> Response {
    let user = match body {
        Body { name: Typed::Right(name), age: Typed::Right(age) } => NewUser { name, age },
        Body { name, age } => {
            let mut errors = BTreeMap::new();
            if let Typed::Wrong(_) = name {
                errors.insert("name", "expected a string");
            }
            if let Typed::Wrong(_) = age {
                errors.insert("age", "expected an integer");
            }
            return (StatusCode::UNPROCESSABLE_ENTITY, Json(BTreeMap::from([("errors", errors)]))).into_response();
        }
    };
    match user.validate() {
        Ok(()) => (StatusCode::CREATED, Json(user)).into_response(),
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, Json(errors)).into_response(),
    }
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/users", post(create_user));

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
