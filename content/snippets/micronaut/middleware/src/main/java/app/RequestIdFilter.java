package app;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.UUID;

@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter {

    public static final String ATTRIBUTE = "requestId";

    @RequestFilter
    public void assignRequestId(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, UUID.randomUUID().toString());
    }

    @ResponseFilter
    public void addRequestId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header("X-Request-Id", id));
    }
}
