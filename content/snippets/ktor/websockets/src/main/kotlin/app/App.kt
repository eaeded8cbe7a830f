package app

import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.routing.routing
import io.ktor.server.websocket.WebSockets
import io.ktor.server.websocket.webSocket
import io.ktor.websocket.Frame
import io.ktor.websocket.readText

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), host = "127.0.0.1") {
        install(WebSockets)
        routing {
            webSocket("/ws") {
                for (frame in incoming) {
                    if (frame is Frame.Text) send(Frame.Text(frame.readText()))
                }
            }
        }
    }.start(wait = true)
}
