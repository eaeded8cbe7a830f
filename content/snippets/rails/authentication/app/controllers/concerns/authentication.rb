# The concern bin/rails generate authentication writes, trimmed to what this app uses:
# the session id lives in a signed cookie, and a missing or altered one finds no Session.
module Authentication
  extend ActiveSupport::Concern

  included do
    before_action :require_authentication
  end

  class_methods do
    def allow_unauthenticated_access(**options)
      skip_before_action :require_authentication, **options
    end
  end

  private
    def require_authentication
      resume_session || request_authentication
    end

    def resume_session
      Current.session ||= Session.find_by(id: cookies.signed[:session_id]) if cookies.signed[:session_id]
    end

    # The generated version redirects to the login form; an API answers 401.
    def request_authentication
      render json: { error: "not logged in" }, status: :unauthorized
    end

    def start_new_session_for(user)
      user.sessions.create!(user_agent: request.user_agent, ip_address: request.remote_ip).tap do |session|
        Current.session = session
        cookies.signed.permanent[:session_id] = { value: session.id, httponly: true, same_site: :lax }
      end
    end
end
