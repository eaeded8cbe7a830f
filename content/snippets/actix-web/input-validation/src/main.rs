use actix_web::{App, HttpResponse, HttpServer, post, web};
use serde::{Deserialize, Serialize};
use validator::Validate;

#[derive(Deserialize, Serialize, Validate)]
struct NewUser {
    #[validate(length(min = 1))]
    name: String,
    #[validate(range(min = 0))]
    age: i64,
}

// A body that does not parse as NewUser is rejected by web::Json with 400 before this runs.
#[post("/users")]
async fn create_user(user: web::Json<NewUser>) -> HttpResponse {
    match user.validate() {
        Ok(()) => HttpResponse::Created().json(user.into_inner()),
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
