use loco_rs::{
    app::Hooks,
    auth::jwt,
    boot::{create_app, BootResult, StartMode},
    config::Config,
    controller::AppRoutes,
    environment::Environment,
    hash,
    prelude::*,
    task::Tasks,
};
use serde::Deserialize;

// The one user, with the password as loco_rs::hash::hash_password stores it (argon2id). A
// generated app keeps users in its database and registers them through /api/auth/register.
const ADA_PASSWORD_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$6Nbg+Ixpt6SXePgi8FhdDA$vqKJZbQZztqGPg96X7K5s/YeHu1fHXP2lAhGasLCD+8";

#[derive(Deserialize)]
struct LoginParams {
    user: String,
    password: String,
}

async fn login(State(ctx): State<AppContext>, Json(params): Json<LoginParams>) -> Result<Response> {
    if params.user != "ada" || !hash::verify_password(&params.password, ADA_PASSWORD_HASH) {
        return unauthorized("invalid credentials");
    }
    let config = ctx.config.get_jwt_config()?;
    let token = jwt::JWT::new(&config.secret)
        .generate_token(config.expiration, params.user, serde_json::Map::new())
        .map_err(Error::wrap)?;
    format::json(data!({ "token": token }))
}

// auth::JWT reads the bearer token and answers 401 when it is missing or fails to verify.
async fn me(auth: auth::JWT) -> Result<Response> {
    format::json(data!({ "user": auth.claims.pid }))
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
        AppRoutes::with_default_routes().add_route(Routes::new().add("/login", post(login)).add("/me", get(me)))
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
