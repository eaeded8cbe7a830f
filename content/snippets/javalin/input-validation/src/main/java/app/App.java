package app;

import io.javalin.Javalin;
import java.util.Map;

public class App {
    public static void main(String[] args) {
        var app = Javalin.create(config -> {
            config.routes.post("/users", ctx -> {
                // Each check is filed under a field name; get() throws a ValidationException,
                // which Javalin answers with 400 and the errors keyed by field.
                Map<?, ?> user = ctx.bodyValidator(Map.class)
                    .check("name", u -> u.get("name") instanceof String name && !name.isBlank(), "must be a non-empty string")
                    .check("age", u -> u.get("age") instanceof Integer age && age >= 0, "must be an integer of at least 0")
                    .get();
                ctx.status(201).json(user);
            });
        });
        app.start("127.0.0.1", Integer.parseInt(System.getenv("PORT")));
    }
}
