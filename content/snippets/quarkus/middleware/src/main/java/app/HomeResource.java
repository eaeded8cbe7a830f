package app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/")
public class HomeResource {

    @GET
    public String home() {
        return "ok";
    }
}
