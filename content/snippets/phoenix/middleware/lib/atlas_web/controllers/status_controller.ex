defmodule AtlasWeb.StatusController do
  use AtlasWeb, :controller

  def index(conn, _params), do: text(conn, conn.assigns.request_id)
end
