# frozen_string_literal: true

module Atlas
  class Routes < Hanami::Routes
    root to: ->(_env) { [200, { "content-type" => "text/plain" }, ["ok"]] }
  end
end
