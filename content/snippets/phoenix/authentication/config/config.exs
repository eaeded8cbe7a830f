import Config

config :atlas, AtlasWeb.Endpoint,
  adapter: Bandit.PhoenixAdapter,
  server: true,
  # Signs the session cookie; read it from the environment in production.
  secret_key_base: "kQ7vR0m9cS2fX4nZ8pW1tY6uB3eH5jL0aD7gK2qN9sV4xC8bM1zF6rT3wE5yU0iO"
