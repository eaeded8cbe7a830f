package app;

import io.helidon.common.configurable.Resource;
import io.helidon.http.Status;
import io.helidon.security.Security;
import io.helidon.security.SecurityContext;
import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkKeys;
import io.helidon.security.providers.jwt.JwtProvider;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.security.SecurityFeature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

public class Main {
    // One hard-coded user; Helidon Security checks tokens but has no password hashing.
    static final Map<String, String> USERS = Map.of("ada", "lovelace");

    // A fresh HS256 key on every start, as a JWK set: /login signs with it, the JWT provider verifies.
    static final String JWKS = """
            {"keys": [{"kty": "oct", "kid": "app", "alg": "HS256", "k": "%s"}]}"""
            .formatted(randomKey());
    static final JwkKeys KEYS = JwkKeys.builder().resource(Resource.create("jwks", JWKS)).build();

    public static void main(String[] args) {
        JwtProvider.Builder jwtProvider = JwtProvider.builder().verifyJwk(Resource.create("jwks", JWKS));
        jwtProvider.expectedAudience("app");
        Security security = Security.builder().addProvider(jwtProvider.build()).build();
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .addFeature(SecurityFeature.builder().security(security).build())
                .routing(routing -> routing
                        .post("/login", Main::login)
                        // Without a valid bearer token the security handler answers 401.
                        .get("/me", SecurityFeature.authenticate(), (req, res) -> {
                            String user = req.context().get(SecurityContext.class).orElseThrow().userName();
                            res.send(Json.createObjectBuilder().add("user", user).build());
                        }))
                .build()
                .start();
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    static void login(ServerRequest req, ServerResponse res) {
        JsonObject body = req.content().as(JsonObject.class);
        String user = body.getString("user", "");
        String expected = USERS.get(user);
        if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                body.getString("password", "").getBytes(StandardCharsets.UTF_8))) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        Jwt jwt = Jwt.builder()
                .keyId("app")
                .algorithm("HS256")
                .addAudience("app")
                .subject(user)
                .userPrincipal(user)
                .issueTime(Instant.now())
                .expirationTime(Instant.now().plus(Duration.ofHours(1)))
                .build();
        String token = SignedJwt.sign(jwt, KEYS).tokenContent();
        res.send(Json.createObjectBuilder().add("token", token).build());
    }
}
