package app;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

public class App {
  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);

    // Path parameters arrive percent-decoded; other methods on this path get 405.
    router.get("/hello/:name").handler(ctx ->
        ctx.json(new JsonObject().put("message", "Hello, " + ctx.pathParam("name"))));

    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1");
  }
}
