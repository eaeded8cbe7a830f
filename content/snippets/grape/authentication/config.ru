require_relative "app"

run API
