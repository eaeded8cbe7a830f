# frozen_string_literal: true

module Atlas
  module Actions
    module Notes
      class Show < Atlas::Action
        include Deps["repos.note_repo"]
        format :json

        def handle(request, response)
          note = note_repo.get(request.params[:id].to_i)
          halt 404, { error: "not found" }.to_json unless note

          response.body = note.to_h.to_json
        end
      end
    end
  end
end
