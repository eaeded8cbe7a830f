class User < ApplicationRecord
  has_secure_password # bcrypt digest in password_digest
  has_many :sessions, dependent: :destroy
end
