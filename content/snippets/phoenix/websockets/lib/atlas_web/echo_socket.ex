defmodule AtlasWeb.EchoSocket do
  @moduledoc "A raw WebSocket (no Channels protocol) that sends every text frame back."
  @behaviour Phoenix.Socket.Transport

  @impl true
  def child_spec(_opts), do: :ignore

  @impl true
  def connect(transport_info), do: {:ok, transport_info}

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_in({message, opcode: :text}, state), do: {:reply, :ok, {:text, message}, state}

  @impl true
  def handle_info(_message, state), do: {:ok, state}

  @impl true
  def terminate(_reason, _state), do: :ok
end
