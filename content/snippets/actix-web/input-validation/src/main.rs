use std::collections::BTreeMap;

use actix_web::{App, HttpResponse, HttpServer, post, web};
use serde::{Deserialize, Serialize, de::IgnoredAny};
use validator::Validate;

#[derive(Deserialize, Serialize, Validate)]
struct NewUser {
    #[validate(length(min = 1))]
    name: String,
    #[validate(range(min = 0))]
    age: i64,
}

// web::Json rejects a value of the wrong type with a plain-text 400 that names no field, so
// each field is read as "the right type, or anything else" and the wrong ones are named here.
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

#[post("/users")]
async fn create_user(body: web::Json<Body>) -> HttpResponse {
    let user = match body.into_inner() {
        Body { name: Typed::Right(name), age: Typed::Right(age) } => NewUser { name, age },
        Body { name, age } => {
            let mut errors = BTreeMap::new();
            if let Typed::Wrong(_) = name {
                errors.insert("name", "expected a string");
            }
            if let Typed::Wrong(_) = age {
                errors.insert("age", "expected an integer");
            }
            return HttpResponse::BadRequest().json(BTreeMap::from([("errors", errors)]));
        }
    };
    match user.validate() {
        Ok(()) => HttpResponse::Created().json(user),
        Err(errors) => HttpResponse::UnprocessableEntity().json(errors),
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::var("PORT").map_or(8080, |p| p.parse().unwrap());
    HttpServer::new(|| App::new().service(create_user))
        .bind(("127.0.0.1", port))?
        .run()
        .await
}
