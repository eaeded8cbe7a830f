require "roda"
require "faye/websocket"

class App < Roda
  route do |r|
    r.get "ws" do
      r.halt [400, { "content-type" => "text/plain" }, ["WebSocket only"]] unless Faye::WebSocket.websocket?(env)

      ws = Faye::WebSocket.new(env)
      ws.on(:message) { |event| ws.send(event.data) }
      r.halt ws.rack_response
    end
  end
end
