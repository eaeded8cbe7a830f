require "roda"

class App < Roda
  plugin :unescape_path # so "Ada%20Lovelace" is matched as "Ada Lovelace"
  plugin :json

  route do |r|
    r.get "hello", String do |name|
      { message: "Hello, #{name}" }
    end
  end
end
