defmodule AtlasWeb.SessionController do
  use AtlasWeb, :controller

  alias Atlas.Accounts
  alias AtlasWeb.UserAuth

  def create(conn, params) do
    if user = Accounts.get_user_by_name_and_password(params["user"], params["password"]) do
      conn |> UserAuth.log_in_user(user) |> json(%{user: user.name})
    else
      conn |> put_status(:unauthorized) |> json(%{error: "invalid user or password"})
    end
  end

  def me(conn, _params) do
    json(conn, %{user: conn.assigns.current_user})
  end
end
