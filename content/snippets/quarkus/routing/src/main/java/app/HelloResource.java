package app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
public class HelloResource {

    public record Greeting(String message) {}

    @GET
    @Path("/{name}")
    public Greeting hello(String name) {
        return new Greeting("Hello, " + name);
    }
}
