package app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class App {

    record Greeting(String message) {}

    @RestController
    static class HelloController {
        @GetMapping("/hello/{name}")
        Greeting hello(@PathVariable String name) {
            return new Greeting("Hello, " + name);
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }
}
