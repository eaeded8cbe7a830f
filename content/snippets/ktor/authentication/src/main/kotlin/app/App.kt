package app

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.UserHashedTableAuth
import io.ktor.server.auth.UserPasswordCredential
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import io.ktor.server.auth.principal
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import io.ktor.util.getDigestFunction
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.security.SecureRandom

// Ktor stores no users: a table of salted SHA-256 digests checked by UserHashedTableAuth.
val digest = getDigestFunction("SHA-256") { "atlas-salt-$it" }
val users = UserHashedTableAuth(digest, mapOf("ada" to digest("lovelace")))

// Tokens are HMAC-signed JWTs; a fresh key per start invalidates old ones.
val algorithm: Algorithm = Algorithm.HMAC256(ByteArray(32).also { SecureRandom().nextBytes(it) })

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), host = "127.0.0.1") {
        install(ContentNegotiation) { json() }
        install(Authentication) {
            // A missing, tampered or unknown token gets the provider's 401 challenge.
            jwt("token") {
                verifier(JWT.require(algorithm).build())
                validate { credential -> JWTPrincipal(credential.payload) }
            }
        }
        routing {
            post("/login") {
                val body = call.receive<JsonObject>()
                val user = body["user"]?.jsonPrimitive?.content.orEmpty()
                val password = body["password"]?.jsonPrimitive?.content.orEmpty()
                if (users.authenticate(UserPasswordCredential(user, password)) == null) {
                    return@post call.respond(HttpStatusCode.Unauthorized)
                }
                val token = JWT.create().withSubject(user).sign(algorithm)
                call.respond(mapOf("token" to token))
            }
            authenticate("token") {
                get("/me") {
                    call.respond(mapOf("user" to call.principal<JWTPrincipal>()!!.subject))
                }
            }
        }
    }.start(wait = true)
}
