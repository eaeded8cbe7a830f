package app;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;

@Path("/")
public class HomeResource {

    @GET
    public String home(@Context RoutingContext rc) {
        return rc.get("requestId");
    }
}
