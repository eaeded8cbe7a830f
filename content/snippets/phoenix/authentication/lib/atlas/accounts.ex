defmodule Atlas.Accounts do
  @moduledoc "The Accounts context of mix phx.gen.auth, trimmed to one hard-coded user."

  @users %{"ada" => %{name: "ada", hashed_password: Bcrypt.hash_pwd_salt("lovelace")}}

  def get_user_by_name_and_password(name, password)
      when is_binary(name) and is_binary(password) do
    user = Map.get(@users, name)
    if valid_password?(user, password), do: user
  end

  def get_user_by_name_and_password(_name, _password), do: nil

  defp valid_password?(%{hashed_password: hashed_password}, password) when byte_size(password) > 0,
    do: Bcrypt.verify_pass(password, hashed_password)

  # No such user: hash anyway, so the answer takes as long as for a wrong password.
  defp valid_password?(_user, _password), do: Bcrypt.no_user_verify()
end
