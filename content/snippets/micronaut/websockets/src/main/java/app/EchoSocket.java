package app;

import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.ServerWebSocket;

@ServerWebSocket("/ws")
public class EchoSocket {

    @OnMessage
    public void onMessage(String message, WebSocketSession session) {
        session.sendSync(message);
    }
}
