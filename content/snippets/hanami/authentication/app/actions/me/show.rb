# frozen_string_literal: true

module Atlas
  module Actions
    module Me
      class Show < Atlas::Action
        format :json

        def handle(request, response)
          rodauth = request.env["rodauth"]
          # A missing or altered session cookie leaves no account id in the session.
          halt 401, { error: "not logged in" }.to_json unless rodauth.authenticated?

          response.body = { user: rodauth.account![:name] }.to_json
        end
      end
    end
  end
end
