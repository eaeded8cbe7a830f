# frozen_string_literal: true

module Atlas
  class Routes < Hanami::Routes
    get "/hello/:name", to: "hello.show"
  end
end
