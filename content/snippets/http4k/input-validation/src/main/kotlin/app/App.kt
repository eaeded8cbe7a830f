package app

import com.fasterxml.jackson.databind.JsonNode
import org.http4k.core.Body
import org.http4k.core.Method.POST
import org.http4k.core.Response
import org.http4k.core.Status.Companion.CREATED
import org.http4k.core.Status.Companion.UNPROCESSABLE_ENTITY
import org.http4k.core.then
import org.http4k.core.with
import org.http4k.filter.ServerFilters
import org.http4k.format.Jackson.auto
import org.http4k.format.Jackson.json
import org.http4k.routing.bind
import org.http4k.routing.routes
import org.http4k.server.SunHttp
import org.http4k.server.asServer

data class User(val name: String, val age: Int)

val json = Body.json().toLens()
val user = Body.auto<User>().toLens()
val errors = Body.auto<Map<String, String>>().toLens()

// Lenses reject a body that is not JSON; rules on its fields are plain code.
fun problems(body: JsonNode): Map<String, String> = buildMap {
    val name = body["name"]
    if (name == null || !name.isTextual || name.asText().isEmpty()) put("name", "must be a non-empty string")
    val age = body["age"]
    if (age == null || !age.isIntegralNumber || !age.canConvertToInt() || age.asInt() < 0) put("age", "must be an integer of at least 0")
}

fun main() {
    val app = routes(
        "/users" bind POST to { request ->
            val body = json(request)
            val bad = problems(body)
            if (bad.isEmpty()) Response(CREATED).with(user of User(body["name"].asText(), body["age"].asInt()))
            else Response(UNPROCESSABLE_ENTITY).with(errors of bad)
        }
    )
    // Turns a failed lens (here: a body that is not JSON) into a 400 response.
    ServerFilters.CatchLensFailure.then(app)
        .asServer(SunHttp(System.getenv("PORT").toInt())).start().block()
}
