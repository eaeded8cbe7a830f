require "sinatra"
require "json"

set :bind, "127.0.0.1"
set :port, ENV.fetch("PORT", 4567).to_i

# Sinatra's own auth is HTTP Basic (Rack::Auth::Basic); it has no logins or users, so this
# keeps the user name in its built-in session, an encrypted and signed cookie.
enable :sessions

USERS = { "ada" => "lovelace" }

post "/login" do
  content_type :json
  input = JSON.parse(request.body.read) rescue {}
  password = USERS[input["user"]]
  unless password && Rack::Utils.secure_compare(password, input["password"].to_s)
    halt 401, { error: "wrong user or password" }.to_json
  end

  session[:user] = input["user"]
  { user: session[:user] }.to_json
end

get "/me" do
  content_type :json
  halt 401, { error: "not logged in" }.to_json unless session[:user]
  { user: session[:user] }.to_json
end
