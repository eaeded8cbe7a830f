package app;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.UUID;

@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter {

    @ResponseFilter
    public void addRequestId(MutableHttpResponse<?> response) {
        response.header("X-Request-Id", UUID.randomUUID().toString());
    }
}
