# frozen_string_literal: true

module Atlas
  class Routes < Hanami::Routes
    post "/users", to: "users.create"
  end
end
