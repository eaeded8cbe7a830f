// The model lives in the library so that the server and the migration CLI compile the same schema.
#[derive(Debug, toasty::Model, serde::Serialize)]
pub struct Note {
    #[key]
    #[auto]
    pub id: i64,
    pub text: String,
}

pub async fn connect() -> toasty::Result<toasty::Db> {
    let path = std::env::var("DATABASE_PATH").expect("DATABASE_PATH names the SQLite file");
    toasty::Db::builder().models(toasty::models!(Note)).connect(&format!("sqlite:{path}")).await
}
