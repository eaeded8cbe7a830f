# frozen_string_literal: true

module Atlas
  class Routes < Hanami::Routes
    get "/ws", to: Atlas::EchoSocket.new
  end
end
