require "roda"
require "securerandom"

class RequestId
  def initialize(app)
    @app = app
  end

  def call(env)
    id = SecureRandom.uuid
    env["atlas.request_id"] = id # what the route reads
    status, headers, body = @app.call(env)
    headers["x-request-id"] = id
    [status, headers, body]
  end
end

class App < Roda
  use RequestId

  route do |r|
    r.root do
      response["content-type"] = "text/plain"
      env["atlas.request_id"]
    end
  end
end
