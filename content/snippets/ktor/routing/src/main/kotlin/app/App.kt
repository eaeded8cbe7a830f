package app

import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.response.respond
import io.ktor.server.routing.get
import io.ktor.server.routing.routing

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), host = "127.0.0.1") {
        // Responding with an object as JSON needs the ContentNegotiation plugin and a converter.
        install(ContentNegotiation) { json() }
        routing {
            get("/hello/{name}") {
                val name = call.parameters["name"]
                call.respond(mapOf("message" to "Hello, $name"))
            }
        }
    }.start(wait = true)
}
