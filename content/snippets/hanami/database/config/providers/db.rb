# frozen_string_literal: true

# Instead of DATABASE_URL in .env: the SQLite file named by DATABASE_PATH (an absolute path,
# hence three slashes). hanami db migrate and the app both read it from here.
Hanami.app.configure_provider :db do
  config.gateway :default do |gw|
    gw.database_url = "sqlite://#{ENV.fetch("DATABASE_PATH")}"
  end
end
