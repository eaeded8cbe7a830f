use axum::{
    Json, Router,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
};
use serde::{Deserialize, Serialize};
use validator::Validate;

#[derive(Deserialize, Serialize, Validate)]
struct NewUser {
    #[validate(length(min = 1))]
    name: String,
    #[validate(range(min = 0))]
    age: i64,
}

// A body that does not parse as NewUser is rejected by Json with 422 before this runs.
async fn create_user(Json(user): Json<NewUser>) -> Response {
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
