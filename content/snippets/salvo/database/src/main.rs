use std::sync::OnceLock;

use salvo::prelude::*;
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

// The connection pool, shared by every handler.
static DB: OnceLock<DatabaseConnection> = OnceLock::new();

#[derive(Deserialize)]
struct NewNote {
    text: String,
}

#[handler]
async fn create_note(req: &mut Request, res: &mut Response) -> Result<(), StatusError> {
    let new: NewNote = req.parse_json().await.map_err(|_| StatusError::bad_request())?;
    let note = note::ActiveModel { text: Set(new.text), ..Default::default() }
        .insert(DB.get().unwrap())
        .await
        .map_err(|_| StatusError::internal_server_error())?;
    res.status_code(StatusCode::CREATED).render(Json(note));
    Ok(())
}

#[handler]
async fn get_note(req: &mut Request, res: &mut Response) -> Result<(), StatusError> {
    let id = req.param::<i32>("id").ok_or_else(StatusError::not_found)?;
    let note = note::Entity::find_by_id(id)
        .one(DB.get().unwrap())
        .await
        .map_err(|_| StatusError::internal_server_error())?;
    res.render(Json(note.ok_or_else(StatusError::not_found)?));
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::var("DATABASE_PATH")?;
    let db = Database::connect(format!("sqlite://{path}?mode=rwc")).await?;
    // Apply the pending sea-orm-migration migrations before serving.
    migration::Migrator::up(&db, None).await?;
    DB.set(db).unwrap();

    let router = Router::with_path("notes")
        .post(create_note)
        .push(Router::with_path("{id}").get(get_note));
    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let acceptor = TcpListener::new(format!("127.0.0.1:{port}")).bind().await;
    Server::new(acceptor).serve(router).await;
    Ok(())
}
