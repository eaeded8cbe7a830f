# frozen_string_literal: true

require "hanami"
require_relative "../lib/atlas/rodauth_app"

module Atlas
  class App < Hanami::App
    config.middleware.use Atlas::RodauthApp
  end
end
