defmodule Atlas.MixProject do
  use Mix.Project

  def project do
    [
      app: :atlas,
      version: "0.1.0",
      elixir: "~> 1.15",
      elixirc_paths: ["lib"],
      start_permanent: Mix.env() == :prod,
      deps: deps()
    ]
  end

  def application do
    [mod: {Atlas.Application, []}, extra_applications: [:logger]]
  end

  defp deps do
    [
      {:phoenix, "1.8.16"},
      # The hashing library mix phx.gen.auth adds by default.
      {:bcrypt_elixir, "3.3.2"},
      {:bandit, "1.7.0"},
      {:jason, "1.4.4"}
    ]
  end
end
