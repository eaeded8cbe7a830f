#[macro_use]
extern crate rocket;

use diesel::prelude::*;
use rocket::fairing::{self, AdHoc};
use rocket::http::Status;
use rocket::response::Debug;
use rocket::serde::json::Json;
use rocket::serde::{Deserialize, Serialize};
use rocket::{Build, Rocket};
use rocket_sync_db_pools::database;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};

// What `diesel print-schema` writes for the table the migration creates.
diesel::table! {
    notes (id) {
        id -> Integer,
        text -> Text,
    }
}

#[derive(Queryable, Selectable, Serialize)]
#[serde(crate = "rocket::serde")]
#[diesel(table_name = notes)]
struct Note {
    id: i32,
    text: String,
}

#[derive(Insertable, Deserialize)]
#[serde(crate = "rocket::serde")]
#[diesel(table_name = notes)]
struct NewNote {
    text: String,
}

// A pool of blocking Diesel connections, configured under databases.notes.
#[database("notes")]
struct Db(diesel::SqliteConnection);

type Result<T, E = Debug<diesel::result::Error>> = std::result::Result<T, E>;

#[post("/notes", format = "json", data = "<note>")]
async fn create_note(db: Db, note: Json<NewNote>) -> Result<(Status, Json<Note>)> {
    let note = db
        .run(move |conn| diesel::insert_into(notes::table).values(note.into_inner()).returning(Note::as_returning()).get_result(conn))
        .await?;
    Ok((Status::Created, Json(note)))
}

#[get("/notes/<id>")]
async fn get_note(db: Db, id: i32) -> Result<Option<Json<Note>>> {
    let note = db.run(move |conn| notes::table.find(id).select(Note::as_select()).first(conn).optional()).await?;
    Ok(note.map(Json))
}

// sqlx applies the files in migrations/ (written by `sqlx migrate add`) before the app launches.
async fn run_migrations(rocket: Rocket<Build>) -> fairing::Result {
    let path: String = rocket.figment().extract_inner("databases.notes.url").expect("a database url");
    let options = SqliteConnectOptions::new().filename(path).create_if_missing(true);
    let pool = SqlitePool::connect_with(options).await.expect("open the database");
    match sqlx::migrate!().run(&pool).await {
        Ok(()) => Ok(rocket),
        Err(e) => {
            error!("migrations failed: {e}");
            Err(rocket)
        }
    }
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").map_or(8000, |p| p.parse().unwrap());
    let path = std::env::var("DATABASE_PATH").expect("DATABASE_PATH names the SQLite file");
    let config = rocket::Config::figment()
        .merge(("address", "127.0.0.1"))
        .merge(("port", port))
        .merge(("databases.notes.url", path));
    rocket::custom(config)
        .attach(AdHoc::try_on_ignite("sqlx migrations", run_migrations))
        .attach(Db::fairing())
        .mount("/", routes![create_note, get_note])
}
