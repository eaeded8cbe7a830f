require "grape"
require "securerandom"

class RequestId
  def initialize(app)
    @app = app
  end

  def call(env)
    id = SecureRandom.uuid
    env["atlas.request_id"] = id # what the endpoint reads
    status, headers, body = @app.call(env)
    headers["x-request-id"] = id
    [status, headers, body]
  end
end

class API < Grape::API
  format :txt

  get "/" do
    env["atlas.request_id"]
  end
end

# Wrapped outside the API, because Grape answers unmatched paths before
# any middleware declared inside it runs.
App = Rack::Builder.new do
  use RequestId
  run API
end
