// The project's own toasty-cli binary: `migration generate` diffs the models against the last
// snapshot in toasty/ and writes the SQL; `migration apply` runs the pending files.
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = axum_database::connect().await?;
    toasty_cli::ToastyCli::with_config(db, toasty_cli::Config::load()?).parse_and_run().await?;
    Ok(())
}
