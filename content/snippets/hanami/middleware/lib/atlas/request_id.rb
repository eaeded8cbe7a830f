# frozen_string_literal: true

require "securerandom"

module Atlas
  class RequestId
    def initialize(app)
      @app = app
    end

    def call(env)
      status, headers, body = @app.call(env)
      headers["x-request-id"] = SecureRandom.uuid
      [status, headers, body]
    end
  end
end
