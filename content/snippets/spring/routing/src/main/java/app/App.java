package app;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.support.AbstractAnnotationConfigDispatcherServletInitializer;

public class App extends AbstractAnnotationConfigDispatcherServletInitializer {

    record Greeting(String message) {}

    @RestController
    static class HelloController {
        @GetMapping("/hello/{name}")
        Greeting hello(@PathVariable String name) {
            return new Greeting("Hello, " + name);
        }
    }

    @Configuration
    @EnableWebMvc
    @ComponentScan
    static class WebConfig {}

    @Override
    protected Class<?>[] getRootConfigClasses() { return null; }

    @Override
    protected Class<?>[] getServletConfigClasses() { return new Class<?>[] { WebConfig.class }; }

    @Override
    protected String[] getServletMappings() { return new String[] { "/" }; }
}
