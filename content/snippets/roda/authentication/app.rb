require "roda"
require "sequel"
require "bcrypt"
require "securerandom"

# Rodauth reads accounts through Sequel; here one in-memory table holding ada.
DB = Sequel.sqlite
DB.create_table(:accounts) do
  primary_key :id
  String :name, null: false, unique: true
  String :password_hash, null: false
end
DB[:accounts].insert(name: "ada", password_hash: BCrypt::Password.create("lovelace"))

class App < Roda
  plugin :sessions, secret: ENV.fetch("SESSION_SECRET") { SecureRandom.random_bytes(64) }
  plugin :rodauth, json: :only do
    enable :login, :json
    login_column :name
    login_param "user"
    account_password_hash_column :password_hash # bcrypt hash checked in Ruby
  end

  route do |r|
    r.rodauth # POST /login: 200 and an encrypted session cookie, or 401

    r.get "me" do
      rodauth.require_authentication # 401 JSON without a valid session
      { user: rodauth.account![:name] }
    end
  end
end
