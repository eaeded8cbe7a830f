defmodule Atlas.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      Atlas.Repo,
      # Applies priv/repo/migrations at start-up, as phx.new's SQLite apps do in releases.
      {Ecto.Migrator, repos: Application.fetch_env!(:atlas, :ecto_repos)},
      AtlasWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Atlas.Supervisor)
  end
end
