package app

import io.ktor.server.application.createApplicationPlugin
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.response.header
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import io.ktor.util.AttributeKey
import java.util.UUID

val RequestIdKey = AttributeKey<String>("RequestId")

// onCall runs for every call before routing, 404s included; the call's attributes carry the id.
val RequestId = createApplicationPlugin(name = "RequestId") {
    onCall { call ->
        val id = UUID.randomUUID().toString()
        call.attributes.put(RequestIdKey, id)
        call.response.header("X-Request-Id", id)
    }
}

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), host = "127.0.0.1") {
        install(RequestId)
        routing {
            get("/") { call.respondText(call.attributes[RequestIdKey]) }
        }
    }.start(wait = true)
}
