package app;

import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;

public class Main {
    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(routing -> routing
                        // A filter wraps every request, matched or not; proceed() runs the rest of the chain.
                        .addFilter((chain, req, res) -> {
                            String id = UUID.randomUUID().toString();
                            req.context().register("requestId", id);
                            res.header(HeaderNames.create("X-Request-Id"), id);
                            chain.proceed();
                        })
                        .get("/", (req, res) -> res.send(req.context().get("requestId", String.class).orElseThrow())))
                .build()
                .start();
    }
}
