package app

import org.http4k.core.Body
import org.http4k.core.Method.GET
import org.http4k.core.Response
import org.http4k.core.Status.Companion.OK
import org.http4k.core.with
import org.http4k.format.Jackson.auto
import org.http4k.routing.bind
import org.http4k.routing.path
import org.http4k.routing.routes
import org.http4k.server.SunHttp
import org.http4k.server.asServer

data class Greeting(val message: String)

// A lens writes the data class into the response as a JSON body.
val greeting = Body.auto<Greeting>().toLens()

fun main() {
    val app = routes(
        "/hello/{name}" bind GET to { request ->
            Response(OK).with(greeting of Greeting("Hello, ${request.path("name")}"))
        }
    )
    app.asServer(SunHttp(System.getenv("PORT").toInt())).start().block()
}
