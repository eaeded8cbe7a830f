class SessionsController < ApplicationController
  allow_unauthenticated_access only: :create
  # JSON clients carry no CSRF token (the generated HTML login form does).
  skip_forgery_protection only: :create

  def create
    if user = User.authenticate_by(name: params[:user], password: params[:password])
      start_new_session_for user
      render json: { user: user.name }
    else
      render json: { error: "wrong user or password" }, status: :unauthorized
    end
  end

  def show
    render json: { user: Current.user.name }
  end
end
