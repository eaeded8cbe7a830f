require "grape"
require "sequel"

DB = Sequel.sqlite(ENV.fetch("DATABASE_PATH"))
Sequel.extension :migration
Sequel::Migrator.run(DB, File.join(__dir__, "migrations")) # before the model reads the table

class Note < Sequel::Model
end

class API < Grape::API
  format :json

  resource :notes do
    params do
      requires :text, type: String
    end
    post do
      # POST answers 201 by default.
      Note.create(text: params[:text]).values
    end

    route_param :id, type: Integer do
      get do
        note = Note[params[:id]] or error!({ error: "no such note" }, 404)
        note.values
      end
    end
  end
end
