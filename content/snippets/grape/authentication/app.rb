require "grape"
require "securerandom"

# Grape's own auth is HTTP Basic (http_basic) plus pluggable Rack strategies; it has no
# logins or tokens, so /login hands out random bearer tokens kept in memory.
USERS = { "ada" => "lovelace" }
TOKENS = {} # token => user name

class API < Grape::API
  format :json

  helpers do
    def current_user
      token = env["HTTP_AUTHORIZATION"].to_s.delete_prefix("Bearer ")
      TOKENS[token]
    end
  end

  params do
    requires :user, type: String
    requires :password, type: String
  end
  post "login" do
    password = USERS[params[:user]]
    unless password && Rack::Utils.secure_compare(password, params[:password])
      error!({ error: "wrong user or password" }, 401)
    end

    token = SecureRandom.urlsafe_base64(32)
    TOKENS[token] = params[:user]
    { token: token } # 201, as for any POST
  end

  get "me" do
    user = current_user or error!({ error: "not logged in" }, 401)
    { user: user }
  end
end
