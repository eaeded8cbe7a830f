package app;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Path.Node;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.TreeMap;

public class App extends Application<Configuration> {
    public static void main(String[] args) throws Exception {
        new App().run(args);
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        environment.jersey().register(new UserResource());
        environment.jersey().register(new ViolationMapper());
        environment.jersey().register(new WrongTypeMapper());
    }

    public record User(@NotBlank String name, @NotNull @Min(0) Integer age) {}

    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public static class UserResource {
        // @Valid runs Hibernate Validator on the body before this method is called.
        @POST
        public Response create(@Valid @NotNull User user) {
            return Response.status(201).entity(user).build();
        }
    }

    // Dropwizard's own mapper answers 422 with messages only; these two key each error by its field.
    @Priority(1)
    public static class ViolationMapper implements ExceptionMapper<JerseyViolationException> {
        @Override
        public Response toResponse(JerseyViolationException e) {
            Map<String, String> errors = new TreeMap<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String field = null;
                for (Node node : violation.getPropertyPath()) field = node.getName();
                errors.put(field, violation.getMessage());
            }
            return Response.status(422).type(MediaType.APPLICATION_JSON).entity(Map.of("errors", errors)).build();
        }
    }

    @Priority(1)
    public static class WrongTypeMapper implements ExceptionMapper<InvalidFormatException> {
        @Override
        public Response toResponse(InvalidFormatException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().getLast().getFieldName();
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("errors", Map.of(field, "has the wrong type"))).build();
        }
    }
}
