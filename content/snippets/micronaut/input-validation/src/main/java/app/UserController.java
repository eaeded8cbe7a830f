package app;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Controller("/users")
public class UserController {

    @Serdeable
    public record User(@NotBlank String name, @NotNull @PositiveOrZero Integer age) {}

    @Post
    @Status(HttpStatus.CREATED)
    public User create(@Body @Valid User user) {
        return user;
    }
}
