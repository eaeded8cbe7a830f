# frozen_string_literal: true

require "hanami"
require_relative "../lib/atlas/request_id"

module Atlas
  class App < Hanami::App
    config.middleware.use Atlas::RequestId
  end
end
