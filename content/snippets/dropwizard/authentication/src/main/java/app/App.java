package app;

import io.dropwizard.auth.Auth;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class App extends Application<Configuration> {

    public record User(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    public record Credentials(String user, String password) {}

    // dropwizard-auth runs the Authenticators you write; it keeps no users, hashes or tokens itself.
    static final Map<String, String> PASSWORDS = Map.of("ada", "lovelace");
    static final Map<String, User> TOKENS = new ConcurrentHashMap<>();

    static final Authenticator<BasicCredentials, User> PASSWORD_CHECK = c -> {
        String expected = PASSWORDS.get(c.getUsername());
        boolean ok = expected != null && c.getPassword() != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), c.getPassword().getBytes(StandardCharsets.UTF_8));
        return ok ? Optional.of(new User(c.getUsername())) : Optional.empty();
    };

    @Override
    public void run(Configuration configuration, Environment environment) {
        // Resources with an @Auth parameter need "Authorization: Bearer <token>"; otherwise 401.
        environment.jersey().register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<User>()
                .setAuthenticator(token -> Optional.ofNullable(TOKENS.get(token)))
                .setPrefix("Bearer")
                .buildAuthFilter()));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(User.class));
        environment.jersey().register(new AuthResource());
    }

    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    public static class AuthResource {
        private final SecureRandom random = new SecureRandom();

        @POST
        @Path("login")
        public Map<String, String> login(Credentials body) throws Exception {
            User user = PASSWORD_CHECK.authenticate(new BasicCredentials(body.user(), body.password()))
                    .orElseThrow(() -> new WebApplicationException(Response.Status.UNAUTHORIZED));
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            TOKENS.put(token, user);
            return Map.of("token", token);
        }

        @GET
        @Path("me")
        public Map<String, String> me(@Auth User user) {
            return Map.of("user", user.getName());
        }
    }

    public static void main(String[] args) throws Exception {
        new App().run(args);
    }
}
