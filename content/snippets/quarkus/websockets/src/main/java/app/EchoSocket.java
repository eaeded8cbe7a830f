package app;

import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;

@WebSocket(path = "/ws")
public class EchoSocket {

    @OnTextMessage
    public String echo(String message) {
        return message;
    }
}
