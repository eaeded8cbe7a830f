Rails.application.routes.draw do
  post "/login", to: "sessions#create"
  get "/me", to: "sessions#show"
end
