package app;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.UUID;

public class App {
  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);

    // A route without a path matches every request; next() hands it to the following handlers.
    router.route().handler(ctx -> {
      String id = UUID.randomUUID().toString();
      ctx.put("requestId", id);
      ctx.response().putHeader("X-Request-Id", id);
      ctx.next();
    });

    router.get("/").handler(ctx -> ctx.response().end(ctx.<String>get("requestId")));

    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1");
  }
}
