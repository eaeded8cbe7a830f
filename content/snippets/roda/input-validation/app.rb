require "roda"

class App < Roda
  plugin :json_parser # JSON bodies become r.params
  plugin :typecast_params
  plugin :json

  route do |r|
    r.post "users" do
      errors = []
      user = begin
        typecast_params.convert!(symbolize: true) do |tp|
          tp.nonempty_str!("name")
          tp.Integer!("age")
        end
      rescue Roda::RodaPlugins::TypecastParams::Error => e
        errors.concat(e.param_names)
        {}
      end
      errors << "age" if user[:age] && user[:age] < 0

      if errors.empty?
        response.status = 201
        user
      else
        response.status = 422
        { errors: errors }
      end
    end
  end
end
