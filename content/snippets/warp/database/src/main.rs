use sea_orm::{ActiveModelTrait, ActiveValue::Set, Database, DatabaseConnection, EntityTrait};
use sea_orm_migration::MigratorTrait;
use serde::Deserialize;
use warp::{
    Filter,
    http::StatusCode,
    reply::{self, Reply, Response},
};

mod migration;

mod note {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, DeriveEntityModel, serde::Serialize)]
    #[sea_orm(table_name = "notes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub text: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

#[derive(Deserialize)]
struct NewNote {
    text: String,
}

async fn create_note(new: NewNote, db: DatabaseConnection) -> Response {
    match (note::ActiveModel { text: Set(new.text), ..Default::default() }).insert(&db).await {
        Ok(note) => reply::with_status(reply::json(&note), StatusCode::CREATED).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn get_note(id: i32, db: DatabaseConnection) -> Response {
    match note::Entity::find_by_id(id).one(&db).await {
        Ok(Some(note)) => reply::json(&note).into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::var("DATABASE_PATH")?;
    let db = Database::connect(format!("sqlite://{path}?mode=rwc")).await?;
    // Apply the pending sea-orm-migration migrations before serving.
    migration::Migrator::up(&db, None).await?;

    // A filter that hands each request a handle to the connection pool.
    let with_db = warp::any().map(move || db.clone());
    let create = warp::path!("notes").and(warp::post()).and(warp::body::json()).and(with_db.clone()).then(create_note);
    let read = warp::path!("notes" / i32).and(warp::get()).and(with_db).then(get_note);

    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    warp::serve(create.or(read)).run(([127, 0, 0, 1], port)).await;
    Ok(())
}
