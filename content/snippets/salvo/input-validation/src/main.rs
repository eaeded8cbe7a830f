use std::collections::BTreeMap;

use salvo::prelude::*;
use serde::{Deserialize, Serialize, de::IgnoredAny};
use validator::Validate;

#[derive(Deserialize, Serialize, Validate)]
struct NewUser {
    #[validate(length(min = 1))]
    name: String,
    #[validate(range(min = 0))]
    age: i64,
}

// A field of the wrong type would fail the whole body with one serde message, so each field is
// read as "the right type, or anything else" and the wrong ones are named here.
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

#[handler]
async fn create_user(req: &mut Request, res: &mut Response) {
    let Ok(body) = req.parse_json::<Body>().await else {
        res.status_code(StatusCode::BAD_REQUEST);
        return res.render(Json(BTreeMap::from([("errors", "expected a JSON object with name and age")])));
    };
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
            res.status_code(StatusCode::UNPROCESSABLE_ENTITY);
            return res.render(Json(BTreeMap::from([("errors", errors)])));
        }
    };
    match user.validate() {
        Ok(()) => {
            res.status_code(StatusCode::CREATED);
            res.render(Json(user));
        }
        Err(errors) => {
            res.status_code(StatusCode::UNPROCESSABLE_ENTITY);
            res.render(Json(errors));
        }
    }
}

#[tokio::main]
async fn main() {
    let router = Router::with_path("users").post(create_user);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let acceptor = TcpListener::new(format!("127.0.0.1:{port}")).bind().await;
    Server::new(acceptor).serve(router).await;
}
