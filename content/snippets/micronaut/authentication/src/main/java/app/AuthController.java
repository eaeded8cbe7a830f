package app;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

@Controller
public class AuthController {

    @Serdeable
    public record Credentials(String user, String password) {}

    // One hard-coded user: Micronaut Security checks tokens but ships no user store or password hashing.
    private static final Map<String, String> USERS = Map.of("ada", "lovelace");

    private final AccessRefreshTokenGenerator tokens;

    AuthController(AccessRefreshTokenGenerator tokens) {
        this.tokens = tokens;
    }

    // Answers {"access_token": "<signed JWT>", "token_type": "Bearer", ...}.
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> login(@Body Credentials body) {
        String expected = USERS.get(body.user());
        if (expected == null || body.password() == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), body.password().getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.unauthorized();
        }
        return tokens.generate(Authentication.build(body.user()))
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::serverError);
    }

    // A missing, forged or expired bearer token answers 401 before this runs.
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Map<String, String> me(Authentication authentication) {
        return Map.of("user", authentication.getName());
    }
}
