require_relative "boot"
require "rails/all"

Bundler.require(*Rails.groups)

module Atlas
  class Application < Rails::Application
    config.load_defaults 8.1

    config.action_cable.mount_path = "/ws"
    config.action_cable.allowed_request_origins = [%r{\Ahttps?://127\.0\.0\.1(:\d+)?\z}]
  end
end
