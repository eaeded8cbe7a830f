Rails.application.routes.draw do
  get "/hello/:name", to: "hello#show"
end
