package app;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.EnumSet;
import java.util.UUID;

public class App extends Application<Configuration> {
    public static void main(String[] args) throws Exception {
        new App().run(args);
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        // A servlet filter on /* sees every request, including those no resource matches.
        environment.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        environment.jersey().register(new HomeResource());
    }

    public static class RequestIdFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String id = UUID.randomUUID().toString();
            request.setAttribute("requestId", id);
            ((HttpServletResponse) response).setHeader("X-Request-Id", id);
            chain.doFilter(request, response);
        }
    }

    @Path("/")
    public static class HomeResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String home(@Context HttpServletRequest request) {
            return (String) request.getAttribute("requestId");
        }
    }
}
