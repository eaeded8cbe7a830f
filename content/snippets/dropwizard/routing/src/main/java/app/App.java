package app;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

public class App extends Application<Configuration> {
    public static void main(String[] args) throws Exception {
        new App().run(args);
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        environment.jersey().register(new HelloResource());
    }

    // A Jersey (JAX-RS) resource: the path template and HTTP method annotations are the routes.
    @Path("/hello/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class HelloResource {
        @GET
        public Map<String, String> hello(@PathParam("name") String name) {
            return Map.of("message", "Hello, " + name);
        }
    }
}
