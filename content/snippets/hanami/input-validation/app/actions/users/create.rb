# frozen_string_literal: true

module Atlas
  module Actions
    module Users
      class Create < Atlas::Action
        format :json

        params do
          required(:name).filled(:string)
          required(:age).filled(:integer, gteq?: 0)
        end

        def handle(request, response)
          halt 422, { errors: request.params.errors }.to_json unless request.params.valid?

          response.status = 201
          response.body = request.params.to_h.to_json
        end
      end
    end
  end
end
