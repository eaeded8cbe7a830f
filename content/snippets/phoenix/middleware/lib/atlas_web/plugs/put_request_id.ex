defmodule AtlasWeb.Plugs.PutRequestId do
  @moduledoc "Gives every request a fresh id in conn.assigns and the X-Request-Id header."
  import Plug.Conn

  def init(opts), do: opts

  def call(conn, _opts) do
    id = Base.url_encode64(:crypto.strong_rand_bytes(16), padding: false)
    conn
    |> assign(:request_id, id)
    |> put_resp_header("x-request-id", id)
  end
end
