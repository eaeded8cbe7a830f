# frozen_string_literal: true

module Atlas
  class Routes < Hanami::Routes
    # POST /login never reaches the router: Atlas::RodauthApp answers it.
    get "/me", to: "me.show"
  end
end
