use actix_web::{App, HttpResponse, HttpServer, Result, get, post, web};
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, Pool};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use serde::{Deserialize, Serialize};

// The SQL files under migrations/, as `diesel migration generate` lays them out, built into the binary.
const MIGRATIONS: EmbeddedMigrations = embed_migrations!();

// What `diesel print-schema` writes for the table the migration creates.
diesel::table! {
    notes (id) {
        id -> Integer,
        text -> Text,
    }
}

#[derive(Queryable, Selectable, Serialize)]
#[diesel(table_name = notes)]
struct Note {
    id: i32,
    text: String,
}

#[derive(Insertable, Deserialize)]
#[diesel(table_name = notes)]
struct NewNote {
    text: String,
}

type DbPool = Pool<ConnectionManager<SqliteConnection>>;
type DbError = Box<dyn std::error::Error + Send + Sync>;

// Diesel is synchronous, so each query runs on actix's blocking thread pool.
#[post("/notes")]
async fn create_note(pool: web::Data<DbPool>, new: web::Json<NewNote>) -> Result<HttpResponse> {
    let note = web::block(move || -> Result<Note, DbError> {
        let mut conn = pool.get()?;
        Ok(diesel::insert_into(notes::table)
            .values(new.into_inner())
            .returning(Note::as_returning())
            .get_result(&mut conn)?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Created().json(note))
}

#[get("/notes/{id}")]
async fn get_note(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse> {
    let note = web::block(move || -> Result<Option<Note>, DbError> {
        let mut conn = pool.get()?;
        Ok(notes::table.find(id.into_inner()).select(Note::as_select()).first(&mut conn).optional()?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(match note {
        Some(note) => HttpResponse::Ok().json(note),
        None => HttpResponse::NotFound().finish(),
    })
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let path = std::env::var("DATABASE_PATH").expect("DATABASE_PATH names the SQLite file");
    let pool = Pool::new(ConnectionManager::<SqliteConnection>::new(path)).expect("open the database");
    pool.get().expect("a connection").run_pending_migrations(MIGRATIONS).expect("migrate");

    let port: u16 = std::env::var("PORT").map_or(8080, |p| p.parse().unwrap());
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(create_note).service(get_note))
        .bind(("127.0.0.1", port))?
        .run()
        .await
}
