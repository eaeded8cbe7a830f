package app;

import io.javalin.Javalin;
import java.util.UUID;

public class App {
    public static void main(String[] args) {
        var app = Javalin.create(config -> {
            // A before-handler runs ahead of every request, matched or not.
            config.routes.before(ctx -> {
                var id = UUID.randomUUID().toString();
                ctx.attribute("requestId", id);
                ctx.header("X-Request-Id", id);
            });
            config.routes.get("/", ctx -> ctx.result(ctx.<String>attribute("requestId")));
        });
        app.start("127.0.0.1", Integer.parseInt(System.getenv("PORT")));
    }
}
