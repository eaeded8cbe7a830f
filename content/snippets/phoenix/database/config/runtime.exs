import Config

# The SQLite file the migration creates and the app reads and writes.
config :atlas, Atlas.Repo, database: System.fetch_env!("DATABASE_PATH")

config :atlas, AtlasWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: String.to_integer(System.get_env("PORT", "4000"))]
