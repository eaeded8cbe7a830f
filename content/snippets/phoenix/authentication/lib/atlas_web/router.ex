defmodule AtlasWeb.Router do
  use AtlasWeb, :router

  import AtlasWeb.UserAuth

  # No protect_from_forgery here: that belongs to the :browser pipeline, and this API takes JSON.
  pipeline :api do
    plug :accepts, ["json"]
    plug :fetch_session
    plug :fetch_current_user
  end

  scope "/", AtlasWeb do
    pipe_through :api

    post "/login", SessionController, :create
  end

  scope "/", AtlasWeb do
    pipe_through [:api, :require_authenticated_user]

    get "/me", SessionController, :me
  end
end
