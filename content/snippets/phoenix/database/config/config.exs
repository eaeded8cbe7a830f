import Config

config :atlas, ecto_repos: [Atlas.Repo]

config :atlas, AtlasWeb.Endpoint,
  adapter: Bandit.PhoenixAdapter,
  server: true
