package app;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

@Controller("/")
public class HomeController {

    @Get(produces = MediaType.TEXT_PLAIN)
    public String home(HttpRequest<?> request) {
        return request.getAttribute(RequestIdFilter.ATTRIBUTE, String.class).orElseThrow();
    }
}
