package app;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.TreeMap;

@Controller("/users")
public class UserController {

    @Serdeable
    public record User(String name, Integer age) {}

    // Each body property is bound to its own argument, so a value of the wrong type ("age": "old")
    // fails on that argument and Micronaut's error names it ("path": "/age").
    @Post
    @Status(HttpStatus.CREATED)
    public User create(@Body("name") @NotBlank String name, @Body("age") @NotNull @PositiveOrZero Integer age) {
        return new User(name, age);
    }

    // The default answer names the field only inside a message ("create.age: must be ..."); key the
    // messages by field.
    @Error(exception = ConstraintViolationException.class)
    public HttpResponse<Map<String, Map<String, String>>> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        var errors = new TreeMap<String, String>();
        for (var violation : e.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) field = node.getName();
            errors.put(field, violation.getMessage());
        }
        return HttpResponse.badRequest(Map.of("errors", errors));
    }
}
