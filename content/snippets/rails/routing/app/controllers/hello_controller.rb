class HelloController < ApplicationController
  def show
    render json: { message: "Hello, #{params[:name]}" }
  end
end
