package app

import org.http4k.core.Request
import org.http4k.routing.websocket.bind
import org.http4k.routing.websockets
import org.http4k.server.Jetty
import org.http4k.server.asServer
import org.http4k.websocket.WsResponse

fun main() {
    // Each connection gets its own Websocket, so send() answers only the sender.
    val ws = websockets(
        "/ws" bind { _: Request ->
            WsResponse { socket -> socket.onMessage { message -> socket.send(message) } }
        }
    )
    ws.asServer(Jetty(System.getenv("PORT").toInt())).start().block()
}
