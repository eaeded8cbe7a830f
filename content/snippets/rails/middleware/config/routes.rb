Rails.application.routes.draw do
  root to: ->(_env) { [200, { "content-type" => "text/plain" }, ["ok"]] }
end
