package app;

import io.javalin.Javalin;

public class App {
    public static void main(String[] args) {
        var app = Javalin.create(config -> {
            // Each connection has its own context, so send() answers only the sender.
            config.routes.ws("/ws", ws -> ws.onMessage(ctx -> ctx.send(ctx.message())));
        });
        app.start("127.0.0.1", Integer.parseInt(System.getenv("PORT")));
    }
}
