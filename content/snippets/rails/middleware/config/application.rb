require_relative "boot"
require "rails/all"
require_relative "../lib/request_id_stamp"

Bundler.require(*Rails.groups)

module Atlas
  class Application < Rails::Application
    config.load_defaults 8.1

    # First in the stack, so the 404 page rendered by ShowExceptions gets the header too.
    config.middleware.insert_before 0, RequestIdStamp
  end
end
