use poem::{
    EndpointExt, Result, Route, Server,
    error::{InternalServerError, NotFoundError},
    get, handler,
    http::StatusCode,
    listener::TcpListener,
    post,
    web::{Data, Json, Path},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, Database, DatabaseConnection, EntityTrait};
use sea_orm_migration::MigratorTrait;
use serde::Deserialize;

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

#[handler]
async fn create_note(db: Data<&DatabaseConnection>, Json(new): Json<NewNote>) -> Result<(StatusCode, Json<note::Model>)> {
    let note = note::ActiveModel { text: Set(new.text), ..Default::default() }
        .insert(*db)
        .await
        .map_err(InternalServerError)?;
    Ok((StatusCode::CREATED, Json(note)))
}

#[handler]
async fn get_note(db: Data<&DatabaseConnection>, Path(id): Path<i32>) -> Result<Json<note::Model>> {
    let note = note::Entity::find_by_id(id).one(*db).await.map_err(InternalServerError)?;
    Ok(Json(note.ok_or(NotFoundError)?))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::var("DATABASE_PATH")?;
    let db = Database::connect(format!("sqlite://{path}?mode=rwc")).await?;
    // Apply the pending sea-orm-migration migrations before serving.
    migration::Migrator::up(&db, None).await?;

    let app = Route::new()
        .at("/notes", post(create_note))
        .at("/notes/:id", get(get_note))
        .data(db);
    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}"))).run(app).await?;
    Ok(())
}
