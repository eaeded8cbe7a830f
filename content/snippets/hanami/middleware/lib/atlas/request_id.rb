# frozen_string_literal: true

require "securerandom"

module Atlas
  class RequestId
    def initialize(app)
      @app = app
    end

    def call(env)
      id = SecureRandom.uuid
      env["atlas.request_id"] = id # what the app reads
      status, headers, body = @app.call(env)
      headers["x-request-id"] = id
      [status, headers, body]
    end
  end
end
