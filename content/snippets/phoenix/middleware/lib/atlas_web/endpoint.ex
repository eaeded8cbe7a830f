defmodule AtlasWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :atlas

  # Runs before the router, so the header is already on the conn when a 404 is rendered.
  plug AtlasWeb.Plugs.PutRequestId

  plug Plug.Parsers,
    parsers: [:urlencoded, :multipart, :json],
    pass: ["*/*"],
    json_decoder: Phoenix.json_library()

  plug AtlasWeb.Router
end
