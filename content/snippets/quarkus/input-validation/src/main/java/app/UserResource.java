package app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/users")
public class UserResource {

    public record User(@NotBlank String name, @NotNull @PositiveOrZero Integer age) {}

    @POST
    @ResponseStatus(201)
    public User create(@Valid User user) {
        return user;
    }
}
