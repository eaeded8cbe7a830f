package app;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;

public class App extends Application<Configuration> {
    public static void main(String[] args) throws Exception {
        new App().run(args);
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        // Jetty's Jakarta WebSocket support is installed on Dropwizard's application servlet context.
        JakartaWebSocketServletContainerInitializer.configure(environment.getApplicationContext(),
                (servletContext, container) -> container.addEndpoint(EchoEndpoint.class));
    }

    // A new endpoint instance per connection; replying through its own session reaches only that client.
    @ServerEndpoint("/ws")
    public static class EchoEndpoint {
        @OnMessage
        public void onMessage(String text, Session session) throws Exception {
            session.getBasicRemote().sendText(text);
        }
    }
}
