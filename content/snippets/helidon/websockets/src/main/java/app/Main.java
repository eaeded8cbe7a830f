package app;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

public class Main {
    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .addRouting(WsRouting.builder().endpoint("/ws", new Echo()))
                .build()
                .start();
    }

    // One listener serves every connection; each message is sent back on the session it came from.
    static class Echo implements WsListener {
        @Override
        public void onMessage(WsSession session, String text, boolean last) {
            session.send(text, last);
        }
    }
}
