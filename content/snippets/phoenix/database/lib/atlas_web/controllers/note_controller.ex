defmodule AtlasWeb.NoteController do
  use AtlasWeb, :controller

  alias Atlas.Notes

  def create(conn, params) do
    case Notes.create_note(params) do
      {:ok, note} ->
        conn |> put_status(:created) |> json(note)

      {:error, changeset} ->
        errors = Ecto.Changeset.traverse_errors(changeset, fn {message, _opts} -> message end)
        conn |> put_status(422) |> json(%{errors: errors})
    end
  end

  def show(conn, %{"id" => id}) do
    case Notes.get_note(id) do
      nil -> conn |> put_status(:not_found) |> json(%{error: "not found"})
      note -> json(conn, note)
    end
  end
end
