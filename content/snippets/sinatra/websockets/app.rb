require "sinatra"
require "faye/websocket"

set :bind, "127.0.0.1"
set :port, ENV.fetch("PORT", 4567).to_i

get "/ws" do
  halt 400, "WebSocket only" unless Faye::WebSocket.websocket?(request.env)

  ws = Faye::WebSocket.new(request.env)
  ws.on(:message) { |event| ws.send(event.data) }
  ws.rack_response
end
