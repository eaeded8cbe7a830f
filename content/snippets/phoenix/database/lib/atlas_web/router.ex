defmodule AtlasWeb.Router do
  use AtlasWeb, :router

  pipeline :api do
    plug :accepts, ["json"]
  end

  scope "/", AtlasWeb do
    pipe_through :api

    post "/notes", NoteController, :create
    get "/notes/:id", NoteController, :show
  end
end
