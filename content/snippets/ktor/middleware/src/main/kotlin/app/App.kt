package app

import io.ktor.server.application.createApplicationPlugin
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.response.header
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import java.util.UUID

val RequestId = createApplicationPlugin(name = "RequestId") {
    onCall { call ->
        call.response.header("X-Request-Id", UUID.randomUUID().toString())
    }
}

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), host = "127.0.0.1") {
        install(RequestId)
        routing {
            get("/") { call.respondText("ok") }
        }
    }.start(wait = true)
}
