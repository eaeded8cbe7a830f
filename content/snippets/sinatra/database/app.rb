require "sinatra"
require "json"
require "sequel"

set :bind, "127.0.0.1"
set :port, ENV.fetch("PORT", 4567).to_i

DB = Sequel.sqlite(ENV.fetch("DATABASE_PATH"))
Sequel.extension :migration
Sequel::Migrator.run(DB, File.join(__dir__, "migrations")) # before the model reads the table

class Note < Sequel::Model
end

post "/notes" do
  content_type :json
  input = JSON.parse(request.body.read) rescue {}
  note = Note.create(text: input["text"])
  status 201
  { id: note.id, text: note.text }.to_json
end

get "/notes/:id" do
  content_type :json
  note = Note[params[:id].to_i] or halt 404, { error: "no such note" }.to_json
  { id: note.id, text: note.text }.to_json
end
