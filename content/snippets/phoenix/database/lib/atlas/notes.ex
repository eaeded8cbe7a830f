defmodule Atlas.Notes do
  alias Atlas.Notes.Note
  alias Atlas.Repo

  def get_note(id), do: Repo.get(Note, id)

  def create_note(attrs) do
    %Note{}
    |> Note.changeset(attrs)
    |> Repo.insert()
  end
end
