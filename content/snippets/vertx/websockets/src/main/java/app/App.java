package app;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

public class App {
  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);

    // Upgrade the request on /ws; each socket writes back only what it received.
    router.get("/ws").handler(ctx -> ctx.request().toWebSocket()
        .onSuccess(ws -> ws.textMessageHandler(ws::writeTextMessage))
        .onFailure(ctx::fail));

    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1");
  }
}
