defmodule AtlasWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :atlas

  # An empty transport path serves the socket on /ws itself instead of /ws/websocket.
  socket "/ws", AtlasWeb.EchoSocket, websocket: [path: ""], longpoll: false

  plug AtlasWeb.Router
end
