package app;

import io.helidon.webserver.WebServer;
import jakarta.json.Json;

public class Main {
    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(routing -> routing
                        // {name} is one path segment, handed over percent-decoded.
                        .get("/hello/{name}", (req, res) -> {
                            String name = req.path().pathParameters().get("name");
                            res.send(Json.createObjectBuilder()
                                    .add("message", "Hello, " + name)
                                    .build());
                        }))
                .build()
                .start();
    }
}
