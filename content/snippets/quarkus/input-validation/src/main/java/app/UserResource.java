package app;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/users")
public class UserResource {

    public record User(@NotBlank String name, @NotNull @PositiveOrZero Integer age) {}

    @POST
    @ResponseStatus(201)
    public User create(@Valid User user) {
        return user;
    }

    // A value of the wrong type ("age": "old") fails in Jackson before validation runs, and the
    // default answer is an empty 400; name the field Jackson stopped at.
    @ServerExceptionMapper
    public RestResponse<Map<String, String>> mistyped(MismatchedInputException e) {
        var field = e.getPath().isEmpty() ? "body" : e.getPath().getLast().getFieldName();
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, Map.of(field, "wrong type"));
    }
}
