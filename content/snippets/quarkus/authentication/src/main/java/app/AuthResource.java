package app;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

@Path("/")
public class AuthResource {

    public record Credentials(String user, String password) {}

    // One hard-coded user; smallrye-jwt issues and checks tokens but keeps no user store or hashes.
    static final Map<String, String> USERS = Map.of("ada", "lovelace");

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("login")
    public Response login(Credentials body) {
        String expected = USERS.get(body.user());
        if (expected == null || body.password() == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), body.password().getBytes(StandardCharsets.UTF_8))) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        String token = Jwt.upn(body.user()).groups("user").sign();
        return Response.ok(Map.of("token", token)).build();
    }

    // smallrye-jwt reads the bearer token; a missing, forged or expired one answers 401.
    @GET
    @Path("me")
    @Authenticated
    public Map<String, String> me() {
        return Map.of("user", identity.getPrincipal().getName());
    }
}
