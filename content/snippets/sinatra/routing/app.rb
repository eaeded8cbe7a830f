require "sinatra"
require "json"

set :bind, "127.0.0.1"
set :port, ENV.fetch("PORT", 4567).to_i

get "/hello/:name" do
  content_type :json
  { message: "Hello, #{params[:name]}" }.to_json
end
