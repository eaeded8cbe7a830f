use std::collections::{BTreeMap, HashMap};

use loco_rs::{
    app::Hooks,
    boot::{create_app, BootResult, StartMode},
    config::Config,
    controller::AppRoutes,
    environment::Environment,
    prelude::*,
    task::Tasks,
    validation::{ModelValidationErrors, ValidationError},
};
use serde::Deserialize;
use serde_json::Value;

// The fields stay raw JSON so that a value of the wrong type is reported against its field;
// validator's derive, the usual choice, only sees bodies that already deserialised.
#[derive(Deserialize)]
struct NewUser {
    #[serde(default)]
    name: Value,
    #[serde(default)]
    age: Value,
}

fn invalid(expected: &str) -> Vec<ValidationError> {
    vec![ValidationError { code: "invalid".into(), message: Some(format!("expected {expected}")), params: HashMap::new() }]
}

impl ValidatorTrait for NewUser {
    fn validate(&self) -> std::result::Result<(), ModelValidationErrors> {
        let mut errors = BTreeMap::new();
        if !self.name.as_str().is_some_and(|name| !name.is_empty()) {
            errors.insert("name".to_string(), invalid("a non-empty string"));
        }
        if !self.age.as_i64().is_some_and(|age| age >= 0) {
            errors.insert("age".to_string(), invalid("an integer of 0 or more"));
        }
        if errors.is_empty() { Ok(()) } else { Err(ModelValidationErrors { errors }) }
    }
}

// A failed validate() becomes a 400 whose "errors" object is keyed by field.
async fn create_user(JsonValidateWithMessage(user): JsonValidateWithMessage<NewUser>) -> Result<Response> {
    format::render().status(201).json(data!({ "name": user.name, "age": user.age }))
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
        AppRoutes::with_default_routes().add_route(Routes::new().add("/users", post(create_user)))
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
