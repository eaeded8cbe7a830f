package app;

import io.javalin.Javalin;
import java.util.Map;

public class App {
    public static void main(String[] args) {
        var app = Javalin.create(config -> {
            // {name} matches one path segment; pathParam returns it percent-decoded.
            config.routes.get("/hello/{name}", ctx ->
                ctx.json(Map.of("message", "Hello, " + ctx.pathParam("name"))));
        });
        app.start("127.0.0.1", Integer.parseInt(System.getenv("PORT")));
    }
}
