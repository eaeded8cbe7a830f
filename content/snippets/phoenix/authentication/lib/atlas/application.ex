defmodule Atlas.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([AtlasWeb.Endpoint], strategy: :one_for_one, name: Atlas.Supervisor)
  end
end
