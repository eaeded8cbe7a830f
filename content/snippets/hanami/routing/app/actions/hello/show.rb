# frozen_string_literal: true

module Atlas
  module Actions
    module Hello
      class Show < Atlas::Action
        format :json

        def handle(request, response)
          response.body = { message: "Hello, #{request.params[:name]}" }.to_json
        end
      end
    end
  end
end
