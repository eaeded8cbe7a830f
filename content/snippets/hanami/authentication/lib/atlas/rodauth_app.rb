# frozen_string_literal: true

require "roda"
require "sequel"
require "bcrypt"
require "securerandom"

module Atlas
  # Rodauth as Rack middleware in front of the Hanami router: it answers POST /login and
  # leaves its rodauth object in env["rodauth"] for the actions.
  class RodauthApp < Roda
    # Rodauth reads accounts through Sequel; here one in-memory table holding ada.
    ACCOUNTS = Sequel.sqlite
    ACCOUNTS.create_table(:accounts) do
      primary_key :id
      String :name, null: false, unique: true
      String :password_hash, null: false
    end
    ACCOUNTS[:accounts].insert(name: "ada", password_hash: BCrypt::Password.create("lovelace"))

    plugin :middleware
    plugin :sessions, secret: ENV.fetch("SESSION_SECRET") { SecureRandom.random_bytes(64) }
    plugin :rodauth, json: :only do
      enable :login, :json
      db ACCOUNTS
      login_column :name
      login_param "user"
      account_password_hash_column :password_hash # bcrypt hash checked in Ruby
    end

    route do |r|
      r.rodauth # POST /login: 200 and a session cookie, or 401
      env["rodauth"] = rodauth
    end
  end
end
