require "grape"

class API < Grape::API
  format :json

  # Path parameters are percent-decoded; other methods on this path get 405.
  get "hello/:name" do
    { message: "Hello, #{params[:name]}" }
  end
end
