defmodule AtlasWeb.Plugs.PutRequestId do
  @moduledoc "Stamps every response with a fresh X-Request-Id."
  import Plug.Conn

  def init(opts), do: opts

  def call(conn, _opts) do
    id = Base.url_encode64(:crypto.strong_rand_bytes(16), padding: false)
    put_resp_header(conn, "x-request-id", id)
  end
end
