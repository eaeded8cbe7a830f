class UsersController < ApplicationController
  def create
    user = User.new(params.permit(:name, :age))

    if user.valid?
      render json: user, status: :created
    else
      render json: { errors: user.errors }, status: :unprocessable_content
    end
  end
end
