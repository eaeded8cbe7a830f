require "sinatra"
require "json"
require "dry/validation"

set :bind, "127.0.0.1"
set :port, ENV.fetch("PORT", 4567).to_i

class NewUserContract < Dry::Validation::Contract
  json do
    required(:name).filled(:string)
    required(:age).filled(:integer, gteq?: 0)
  end
end

post "/users" do
  content_type :json
  input = JSON.parse(request.body.read) rescue {}
  result = NewUserContract.new.call(input)
  halt 422, { errors: result.errors.to_h }.to_json if result.failure?

  status 201
  result.to_h.to_json
end
