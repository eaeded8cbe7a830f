Rails.application.routes.draw do
  root to: ->(env) { [200, { "content-type" => "text/plain" }, [env["atlas.request_id"]]] }
end
