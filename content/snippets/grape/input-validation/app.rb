require "grape"

class API < Grape::API
  format :json

  # Renders as [{"params": ["age"], "messages": ["is invalid"]}].
  rescue_from Grape::Exceptions::ValidationErrors do |e|
    error!(e, 422)
  end

  params do
    requires :name, type: String, allow_blank: false
    requires :age, type: Integer, values: 0..
  end
  post "users" do
    # POST answers 201 by default.
    { name: params[:name], age: params[:age] }
  end
end
