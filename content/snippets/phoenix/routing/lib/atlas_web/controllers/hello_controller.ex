defmodule AtlasWeb.HelloController do
  use AtlasWeb, :controller

  def show(conn, %{"name" => name}) do
    json(conn, %{message: "Hello, #{name}"})
  end
end
