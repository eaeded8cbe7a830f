# frozen_string_literal: true

require "faye/websocket"

module Atlas
  # A plain Rack endpoint: Hanami routes can point at any object that answers #call(env).
  class EchoSocket
    def call(env)
      return [400, { "content-type" => "text/plain" }, ["WebSocket only"]] unless Faye::WebSocket.websocket?(env)

      ws = Faye::WebSocket.new(env)
      ws.on(:message) { |event| ws.send(event.data) }
      ws.rack_response
    end
  end
end
