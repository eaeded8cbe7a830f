package app

import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.plugins.requestvalidation.RequestValidation
import io.ktor.server.plugins.requestvalidation.RequestValidationException
import io.ktor.server.plugins.requestvalidation.ValidationResult
import io.ktor.server.plugins.statuspages.StatusPages
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.serialization.Serializable

@Serializable
data class User(val name: String, val age: Int)

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), host = "127.0.0.1") {
        install(ContentNegotiation) { json() }
        install(RequestValidation) {
            validate<User> { user ->
                val problems = buildList {
                    if (user.name.isBlank()) add("name must not be empty")
                    if (user.age < 0) add("age must be zero or more")
                }
                if (problems.isEmpty()) ValidationResult.Valid else ValidationResult.Invalid(problems)
            }
        }
        install(StatusPages) {
            exception<RequestValidationException> { call, cause ->
                call.respond(HttpStatusCode.BadRequest, mapOf("errors" to cause.reasons))
            }
        }
        routing {
            post("/users") {
                val user = call.receive<User>()
                call.respond(HttpStatusCode.Created, user)
            }
        }
    }.start(wait = true)
}
