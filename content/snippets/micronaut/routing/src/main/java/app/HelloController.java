package app;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

@Controller("/hello")
public class HelloController {

    @Serdeable
    public record Greeting(String message) {}

    @Get("/{name}")
    public Greeting hello(String name) {
        return new Greeting("Hello, " + name);
    }
}
