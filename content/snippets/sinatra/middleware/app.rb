require "sinatra"
require "securerandom"

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

set :bind, "127.0.0.1"
set :port, ENV.fetch("PORT", 4567).to_i
use RequestId

get "/" do
  content_type :text
  env["atlas.request_id"]
end
