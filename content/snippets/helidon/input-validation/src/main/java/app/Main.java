package app;

import io.helidon.http.Status;
import io.helidon.service.registry.Services;
import io.helidon.validation.ConstraintViolation;
import io.helidon.validation.TypeValidation;
import io.helidon.webserver.WebServer;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

public class Main {
    public static void main(String[] args) {
        TypeValidation validation = Services.get(TypeValidation.class);
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(routing -> routing.post("/users", (req, res) -> {
                    JsonObject body = req.content().as(JsonObject.class);
                    JsonObjectBuilder errors = Json.createObjectBuilder();

                    // Wrong JSON types are caught while reading the body; the generated validator checks the rest.
                    String name = body.get("name") instanceof JsonString s ? s.getString() : null;
                    Integer age = body.get("age") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
                    if (name == null) errors.add("name", "must be a string");
                    if (age == null) errors.add("age", "must be an integer");
                    if (name != null && age != null) {
                        for (ConstraintViolation violation : validation.validate(User.class, new User(name, age)).violations()) {
                            // The last path element is the record component, e.g. "age".
                            errors.add(violation.location().getLast().name(), violation.message());
                        }
                    }

                    JsonObject found = errors.build();
                    if (!found.isEmpty()) {
                        res.status(Status.UNPROCESSABLE_CONTENT_422)
                                .send(Json.createObjectBuilder().add("errors", found).build());
                        return;
                    }
                    res.status(Status.CREATED_201).send(body);
                }))
                .build()
                .start();
    }
}
