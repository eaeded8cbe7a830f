package app;

import io.javalin.Javalin;
import io.javalin.http.UnauthorizedResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.core.credentials.password.JBCryptPasswordEncoder;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.core.profile.ProfileManager;
import org.pac4j.http.client.direct.HeaderClient;
import org.pac4j.javalin.JavalinWebContext;
import org.pac4j.javalin.SecurityHandler;
import org.pac4j.jee.context.session.JEESessionStore;
import org.pac4j.jwt.config.signature.SecretSignatureConfiguration;
import org.pac4j.jwt.credentials.authenticator.JwtAuthenticator;
import org.pac4j.jwt.profile.JwtGenerator;

public class App {
    record Login(String user, String password) {}

    public static void main(String[] args) {
        // One hard-coded user, stored as a BCrypt hash.
        var passwords = new JBCryptPasswordEncoder();
        Map<String, String> users = Map.of("ada", passwords.encode("lovelace"));

        // Tokens are JWTs signed with a key made at start-up. HeaderClient is a direct client:
        // a missing, tampered or unknown token answers 401 instead of redirecting to a login page.
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        var signing = new SecretSignatureConfiguration(HexFormat.of().formatHex(key));
        var config = new Config(new Clients(new HeaderClient("Authorization", "Bearer ", new JwtAuthenticator(signing))));

        var app = Javalin.create(cfg -> {
            cfg.routes.post("/login", ctx -> {
                var login = ctx.bodyAsClass(Login.class);
                var hash = users.get(login.user());
                if (hash == null || !passwords.matches(login.password(), hash)) throw new UnauthorizedResponse();
                var profile = new CommonProfile();
                profile.setId(login.user());
                ctx.json(Map.of("token", new JwtGenerator(signing).generate(profile)));
            });
            cfg.routes.before("/me", new SecurityHandler(config, "HeaderClient"));
            cfg.routes.get("/me", ctx -> {
                var profile = new ProfileManager(new JavalinWebContext(ctx), new JEESessionStore()).getProfile().orElseThrow();
                ctx.json(Map.of("user", profile.getId()));
            });
        });
        app.start("127.0.0.1", Integer.parseInt(System.getenv("PORT")));
    }
}
