package app

import org.http4k.core.Filter
import org.http4k.core.Method.GET
import org.http4k.core.Response
import org.http4k.core.Status.Companion.OK
import org.http4k.core.then
import org.http4k.core.with
import org.http4k.lens.RequestKey
import org.http4k.routing.bind
import org.http4k.routing.routes
import org.http4k.server.SunHttp
import org.http4k.server.asServer
import java.util.UUID

// A typed key for state that travels with the request.
val requestId = RequestKey.required<String>("requestId")

// Filters wrap the whole router, so unmatched paths (404) pass through too.
val addRequestId = Filter { next ->
    { request ->
        val id = UUID.randomUUID().toString()
        next(request.with(requestId of id)).header("X-Request-Id", id)
    }
}

fun main() {
    val app = addRequestId.then(
        routes("/" bind GET to { request -> Response(OK).body(requestId(request)) })
    )
    app.asServer(SunHttp(System.getenv("PORT").toInt())).start().block()
}
