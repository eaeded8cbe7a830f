defmodule Atlas.Repo.Migrations.CreateNotes do
  use Ecto.Migration

  def change do
    create table(:notes) do
      add :text, :string, null: false
    end
  end
end
