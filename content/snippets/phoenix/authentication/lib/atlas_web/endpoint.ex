defmodule AtlasWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :atlas

  plug Plug.Parsers,
    parsers: [:json],
    pass: ["application/json"],
    json_decoder: Phoenix.json_library()

  # A cookie store signed with secret_key_base: a changed cookie reads as an empty session.
  plug Plug.Session,
    store: :cookie,
    key: "_atlas_key",
    signing_salt: "x2Lr8TqA",
    same_site: "Lax"

  plug AtlasWeb.Router
end
