use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
};
use axum_database::Note;
use serde::Deserialize;

#[derive(Deserialize)]
struct NewNote {
    text: String,
}

async fn create_note(State(mut db): State<toasty::Db>, Json(new): Json<NewNote>) -> Result<(StatusCode, Json<Note>), StatusCode> {
    let note = toasty::create!(Note { text: new.text }).exec(&mut db).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(note)))
}

async fn get_note(State(mut db): State<toasty::Db>, Path(id): Path<i64>) -> Result<Json<Note>, StatusCode> {
    match Note::get_by_id(&mut db, id).await {
        Ok(note) => Ok(Json(note)),
        Err(e) if e.is_record_not_found() => Err(StatusCode::NOT_FOUND),
        Err(_) => Err(StatusCode::INTERNAL_SERVER_ERROR),
    }
}

// The tables come from the migrations, applied before start by `cargo run --bin migrate -- migration apply`.
#[tokio::main]
async fn main() {
    let db = axum_database::connect().await.expect("open the database");
    let app = Router::new()
        .route("/notes", post(create_note))
        .route("/notes/{id}", get(get_note))
        .with_state(db);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
