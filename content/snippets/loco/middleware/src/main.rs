use axum::{extract::Request, http::HeaderValue, middleware::Next, Extension, Router as AXRouter};
use loco_rs::{
    app::Hooks,
    boot::{create_app, BootResult, StartMode},
    config::Config,
    controller::{
        middleware::{default_middleware_stack, MiddlewareLayer},
        AppRoutes,
    },
    environment::Environment,
    prelude::*,
    task::Tasks,
};
use uuid::Uuid;

#[derive(Clone)]
struct RequestId(String);

struct RequestIdStamp;

impl MiddlewareLayer for RequestIdStamp {
    fn name(&self) -> &'static str {
        "request_id_stamp"
    }

    fn config(&self) -> serde_json::Result<serde_json::Value> {
        Ok(serde_json::Value::Null)
    }

    fn apply(&self, app: AXRouter<AppContext>) -> Result<AXRouter<AppContext>> {
        Ok(app.layer(axum::middleware::from_fn(stamp)))
    }
}

async fn stamp(mut request: Request, next: Next) -> Response {
    let id = Uuid::new_v4().to_string();
    // Handlers read it with the Extension extractor.
    request.extensions_mut().insert(RequestId(id.clone()));
    let mut response = next.run(request).await;
    response.headers_mut().insert("x-request-id", HeaderValue::from_str(&id).unwrap());
    response
}

async fn index(Extension(RequestId(id)): Extension<RequestId>) -> Result<Response> {
    format::text(&id)
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

    fn middlewares(ctx: &AppContext) -> Vec<Box<dyn MiddlewareLayer>> {
        let mut stack = default_middleware_stack(ctx);
        // Loco's own request_id middleware already does this job; it is replaced here by the one above.
        stack.retain(|layer| layer.name() != "request_id");
        // Pushed last, so it is the outermost layer and also wraps the 404 fallback.
        stack.push(Box::new(RequestIdStamp));
        stack
    }

    fn routes(_ctx: &AppContext) -> AppRoutes {
        AppRoutes::with_default_routes().add_route(Routes::new().add("/", get(index)))
    }

    async fn connect_workers(_ctx: &AppContext, _queue: &Queue) -> Result<()> {
        Ok(())
    }

    fn register_tasks(_tasks: &mut Tasks) {}
}

#[tokio::main]
async fn main() -> Result<()> {
    loco_rs::cli::main::<App>().await
}
