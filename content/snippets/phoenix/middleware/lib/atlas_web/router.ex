defmodule AtlasWeb.Router do
  use AtlasWeb, :router

  get "/", AtlasWeb.StatusController, :index
end
