# frozen_string_literal: true

module Atlas
  class Routes < Hanami::Routes
    post "/notes", to: "notes.create"
    get "/notes/:id", to: "notes.show"
  end
end
