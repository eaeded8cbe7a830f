# frozen_string_literal: true

module Atlas
  class Routes < Hanami::Routes
    root to: ->(env) { [200, { "content-type" => "text/plain" }, [env["atlas.request_id"]]] }
  end
end
