defmodule AtlasWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :atlas

  plug Plug.Parsers,
    parsers: [:json],
    pass: ["application/json"],
    json_decoder: Phoenix.json_library()

  plug AtlasWeb.Router
end
