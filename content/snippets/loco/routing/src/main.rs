use loco_rs::{
    app::Hooks,
    boot::{create_app, BootResult, StartMode},
    config::Config,
    controller::AppRoutes,
    environment::Environment,
    prelude::*,
    task::Tasks,
};

async fn hello(Path(name): Path<String>) -> Result<Response> {
    format::json(data!({ "message": format!("Hello, {name}") }))
}

struct App;

#[async_trait]
impl Hooks for App {
    fn app_name() -> &'static str {
        env!("CARGO_CRATE_NAME")
    }

    async fn boot(mode: StartMode, environment: &Environment, config: Config) -> Result<BootResult> {
        create_app::<Self>(mode, environment, config).await
    }

    fn routes(_ctx: &AppContext) -> AppRoutes {
        AppRoutes::with_default_routes().add_route(Routes::new().add("/hello/{name}", get(hello)))
    }

    async fn connect_workers(_ctx: &AppContext, _queue: &Queue) -> Result<()> {
        Ok(())
    }

    fn register_tasks(_tasks: &mut Tasks) {}
}

// `cargo run -- start` boots the app with config/development.yaml, as `cargo loco start` does.
#[tokio::main]
async fn main() -> Result<()> {
    loco_rs::cli::main::<App>().await
}
