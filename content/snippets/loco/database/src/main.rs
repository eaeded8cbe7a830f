use std::path::Path as FsPath;

use loco_rs::{
    app::Hooks,
    boot::{create_app, BootResult, StartMode},
    config::Config,
    controller::AppRoutes,
    environment::Environment,
    prelude::*,
    task::Tasks,
};
use serde::Deserialize;

mod migration;

mod notes {
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

async fn add(State(ctx): State<AppContext>, Json(new): Json<NewNote>) -> Result<Response> {
    let note = notes::ActiveModel { text: ActiveValue::set(new.text), ..Default::default() }
        .insert(&ctx.db)
        .await?;
    format::render().status(201).json(note)
}

async fn get_one(State(ctx): State<AppContext>, Path(id): Path<i32>) -> Result<Response> {
    match notes::Entity::find_by_id(id).one(&ctx.db).await? {
        Some(note) => format::json(note),
        None => not_found(),
    }
}

struct App;

#[async_trait]
impl Hooks for App {
    fn app_name() -> &'static str {
        env!("CARGO_CRATE_NAME")
    }

    async fn boot(mode: StartMode, environment: &Environment, config: Config) -> Result<BootResult> {
        create_app::<Self, migration::Migrator>(mode, environment, config).await
    }

    fn routes(_ctx: &AppContext) -> AppRoutes {
        AppRoutes::with_default_routes().add_route(
            Routes::new().prefix("/notes").add("/", post(add)).add("/{id}", get(get_one)),
        )
    }

    async fn connect_workers(_ctx: &AppContext, _queue: &Queue) -> Result<()> {
        Ok(())
    }

    fn register_tasks(_tasks: &mut Tasks) {}

    async fn truncate(_ctx: &AppContext) -> Result<()> {
        Ok(())
    }

    async fn seed(_ctx: &AppContext, _base: &FsPath) -> Result<()> {
        Ok(())
    }
}

// `cargo run -- start` boots the app with config/development.yaml (migrating first, as
// auto_migrate says), as `cargo loco start` does; `cargo run -- db migrate` runs them alone.
#[tokio::main]
async fn main() -> Result<()> {
    loco_rs::cli::main::<App, migration::Migrator>().await
}
