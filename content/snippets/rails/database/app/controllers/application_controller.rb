# An API-only app (rails new --api): no CSRF check on JSON posts.
class ApplicationController < ActionController::API
end
