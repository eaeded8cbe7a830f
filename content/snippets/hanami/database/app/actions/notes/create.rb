# frozen_string_literal: true

module Atlas
  module Actions
    module Notes
      class Create < Atlas::Action
        include Deps["repos.note_repo"]
        format :json

        params do
          required(:text).filled(:string)
        end

        def handle(request, response)
          halt 422, { errors: request.params.errors }.to_json unless request.params.valid?

          note = note_repo.create(text: request.params[:text])
          response.status = 201
          response.body = note.to_h.to_json
        end
      end
    end
  end
end
