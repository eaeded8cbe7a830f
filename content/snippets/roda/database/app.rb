require "roda"
require "sequel"

DB = Sequel.sqlite(ENV.fetch("DATABASE_PATH"))
Sequel.extension :migration
Sequel::Migrator.run(DB, File.join(__dir__, "migrations")) # before the model reads the table

class Note < Sequel::Model
end

class App < Roda
  plugin :json_parser # JSON bodies become r.params
  plugin :json
  plugin :halt

  route do |r|
    r.post "notes" do
      note = Note.create(text: r.params["text"])
      response.status = 201
      note.values # {id:, text:}
    end

    r.get "notes", Integer do |id|
      note = Note[id] or r.halt(404, { error: "no such note" })
      note.values
    end
  end
end
