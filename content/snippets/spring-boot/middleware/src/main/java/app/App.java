package app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

@SpringBootApplication
public class App {

    @Component
    static class RequestIdFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = UUID.randomUUID().toString();
            request.setAttribute("requestId", id);
            response.setHeader("X-Request-Id", id);
            chain.doFilter(request, response);
        }
    }

    @RestController
    static class HomeController {
        @GetMapping("/")
        String home(@RequestAttribute("requestId") String id) { return id; }
    }

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }
}
