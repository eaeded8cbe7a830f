package app;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.hashing.HashingStrategy;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.JWTAuthHandler;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

public class App {
  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();

    // One hard-coded user, stored as a salted PBKDF2 hash.
    HashingStrategy hashing = HashingStrategy.load();
    Map<String, String> users = Map.of("ada", hashing.hash("pbkdf2", null, random(16), "lovelace"));

    // HS256 tokens signed with a key made at start-up.
    JWTAuth jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(random(32))));

    Router router = Router.router(vertx);
    router.post("/login").handler(BodyHandler.create()).handler(ctx -> {
      JsonObject body = ctx.body().asJsonObject();
      String hash = users.get(body.getString("user"));
      if (hash == null || !hashing.verify(hash, body.getString("password"))) {
        ctx.fail(401);
        return;
      }
      String token = jwt.generateToken(new JsonObject(), new JWTOptions().setSubject(body.getString("user")));
      ctx.json(new JsonObject().put("token", token));
    });
    // JWTAuthHandler answers 401 for a missing, tampered or unknown bearer token.
    router.get("/me").handler(JWTAuthHandler.create(jwt)).handler(ctx ->
        ctx.json(new JsonObject().put("user", ctx.user().subject())));

    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1");
  }

  static String random(int bytes) {
    byte[] buffer = new byte[bytes];
    new SecureRandom().nextBytes(buffer);
    return Base64.getEncoder().encodeToString(buffer);
  }
}
