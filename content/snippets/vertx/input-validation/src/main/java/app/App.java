package app;

import static io.vertx.json.schema.common.dsl.Keywords.minLength;
import static io.vertx.json.schema.common.dsl.Keywords.minimum;
import static io.vertx.json.schema.common.dsl.Schemas.intSchema;
import static io.vertx.json.schema.common.dsl.Schemas.objectSchema;
import static io.vertx.json.schema.common.dsl.Schemas.stringSchema;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;

public class App {
  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);

    JsonSchema userSchema = JsonSchema.of(objectSchema()
        .requiredProperty("name", stringSchema().with(minLength(1)))
        .requiredProperty("age", intSchema().with(minimum(0)))
        .toJson());
    // Basic output lists every failed keyword with the JSON pointer of the value, e.g. "#/age".
    Validator validator = Validator.create(userSchema, new JsonSchemaOptions()
        .setDraft(Draft.DRAFT201909)
        .setBaseUri("app:///")
        .setOutputFormat(OutputFormat.Basic));

    router.post("/users").handler(BodyHandler.create()).handler(ctx -> {
      JsonObject user = ctx.body().asJsonObject();
      OutputUnit result = validator.validate(user);
      if (!result.getValid()) {
        JsonObject errors = new JsonObject();
        for (OutputUnit error : result.getErrors()) {
          String field = error.getInstanceLocation().replaceFirst("^#/?", "");
          errors.put(field.isEmpty() ? "body" : field, error.getError());
        }
        ctx.response().setStatusCode(422);
        ctx.json(new JsonObject().put("errors", errors));
        return;
      }
      ctx.response().setStatusCode(201);
      ctx.json(user);
    });

    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1");
  }
}
