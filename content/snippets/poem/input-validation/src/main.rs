use std::collections::BTreeMap;

use poem::{Route, Server, listener::TcpListener};
use poem_openapi::{
    ApiResponse, Object, OpenApi, OpenApiService,
    payload::Json,
    types::ParseFromJSON,
};
use serde_json::Value;

// The rules, one object per field: poem-openapi stops at the first failure and reports it as a
// sentence, so each field is parsed on its own and its error filed under its name.
#[derive(Object)]
struct NameField {
    #[oai(validator(min_length = 1))]
    name: String,
}

#[derive(Object)]
struct AgeField {
    #[oai(validator(minimum(value = "0")))]
    age: i64,
}

#[derive(Object)]
struct User {
    name: String,
    age: i64,
}

#[derive(ApiResponse)]
enum CreateUser {
    #[oai(status = 201)]
    Created(Json<User>),
    #[oai(status = 422)]
    Invalid(Json<BTreeMap<String, String>>),
}

struct Api;

#[OpenApi]
impl Api {
    #[oai(path = "/users", method = "post")]
    async fn create_user(&self, body: Json<Value>) -> CreateUser {
        let name = NameField::parse_from_json(Some(body.0.clone()));
        let age = AgeField::parse_from_json(Some(body.0));
        match (name, age) {
            (Ok(NameField { name }), Ok(AgeField { age })) => CreateUser::Created(Json(User { name, age })),
            (name, age) => {
                let mut errors = BTreeMap::new();
                if let Err(e) = name {
                    errors.insert("name".to_string(), e.into_message());
                }
                if let Err(e) = age {
                    errors.insert("age".to_string(), e.into_message());
                }
                CreateUser::Invalid(Json(errors))
            }
        }
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let api = OpenApiService::new(Api, "Users", "1.0");
    let app = Route::new().nest("/", api);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}"))).run(app).await
}
