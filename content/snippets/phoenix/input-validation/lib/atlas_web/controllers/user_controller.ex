defmodule AtlasWeb.UserController do
  use AtlasWeb, :controller
  import Ecto.Changeset

  @types %{name: :string, age: :integer}

  def create(conn, params) do
    changeset =
      {%{}, @types}
      |> cast(params, Map.keys(@types))
      |> validate_required([:name, :age])
      |> validate_number(:age, greater_than_or_equal_to: 0)

    case apply_action(changeset, :insert) do
      {:ok, user} ->
        conn |> put_status(:created) |> json(user)

      {:error, changeset} ->
        errors = traverse_errors(changeset, fn {message, _opts} -> message end)
        conn |> put_status(422) |> json(%{errors: errors})
    end
  end
end
