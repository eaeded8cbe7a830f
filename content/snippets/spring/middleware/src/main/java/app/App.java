package app;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.support.AbstractAnnotationConfigDispatcherServletInitializer;

public class App extends AbstractAnnotationConfigDispatcherServletInitializer {

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

    @Configuration
    @EnableWebMvc
    @ComponentScan
    static class WebConfig {}

    @Override
    protected Filter[] getServletFilters() { return new Filter[] { new RequestIdFilter() }; }

    @Override
    protected Class<?>[] getRootConfigClasses() { return null; }

    @Override
    protected Class<?>[] getServletConfigClasses() { return new Class<?>[] { WebConfig.class }; }

    @Override
    protected String[] getServletMappings() { return new String[] { "/" }; }
}
