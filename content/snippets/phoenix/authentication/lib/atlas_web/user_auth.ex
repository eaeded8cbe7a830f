defmodule AtlasWeb.UserAuth do
  @moduledoc "The plugs mix phx.gen.auth generates, trimmed: the user is kept in the signed session cookie."
  import Plug.Conn
  import Phoenix.Controller

  def log_in_user(conn, user) do
    conn
    |> configure_session(renew: true)
    |> clear_session()
    |> put_session(:user_name, user.name)
  end

  def fetch_current_user(conn, _opts) do
    assign(conn, :current_user, get_session(conn, :user_name))
  end

  # The generator redirects to its log-in page; an API answers 401 instead.
  def require_authenticated_user(conn, _opts) do
    if conn.assigns.current_user do
      conn
    else
      conn
      |> put_status(:unauthorized)
      |> json(%{error: "not logged in"})
      |> halt()
    end
  end
end
