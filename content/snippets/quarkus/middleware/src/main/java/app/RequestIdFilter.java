package app;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

// A Vert.x HTTP filter runs for every request; Quarkus REST's @ServerResponseFilter
// only runs for requests that match a resource, so it would miss the 404.
@ApplicationScoped
public class RequestIdFilter {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = UUID.randomUUID().toString();
            rc.put("requestId", id);
            rc.response().putHeader("X-Request-Id", id);
            rc.next();
        }, 100);
    }
}
