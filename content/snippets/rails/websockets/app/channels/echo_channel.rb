class EchoChannel < ApplicationCable::Channel
  # Action Cable's client sends {"command":"message","identifier":...,"data":...};
  # transmit answers the same subscriber only.
  def receive(data)
    transmit data
  end
end
