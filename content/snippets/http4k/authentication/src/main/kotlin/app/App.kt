package app

import org.http4k.core.Body
import org.http4k.core.Method.GET
import org.http4k.core.Method.POST
import org.http4k.core.Response
import org.http4k.core.Status.Companion.OK
import org.http4k.core.Status.Companion.UNAUTHORIZED
import org.http4k.core.then
import org.http4k.core.with
import org.http4k.filter.ServerFilters
import org.http4k.format.Jackson.auto
import org.http4k.lens.RequestKey
import org.http4k.routing.bind
import org.http4k.routing.routes
import org.http4k.server.SunHttp
import org.http4k.server.asServer
import java.security.SecureRandom
import java.util.Base64
import java.util.concurrent.ConcurrentHashMap

data class Login(val user: String, val password: String)
data class Token(val token: String)
data class Me(val user: String)

val login = Body.auto<Login>().toLens()
val token = Body.auto<Token>().toLens()
val me = Body.auto<Me>().toLens()

// http4k checks bearer tokens but has no user store, password hashing, login or token issuing:
// those are the two maps and the /login handler below.
val users = mapOf("ada" to "lovelace")
val sessions = ConcurrentHashMap<String, String>()
val user = RequestKey.required<String>("user")

fun main() {
    val app = routes(
        "/login" bind POST to { request ->
            val body = login(request)
            if (users[body.user] != body.password) Response(UNAUTHORIZED)
            else {
                val issued = Base64.getUrlEncoder().withoutPadding().encodeToString(ByteArray(32).also { SecureRandom().nextBytes(it) })
                sessions[issued] = body.user
                Response(OK).with(token of Token(issued))
            }
        },
        // BearerAuth answers 401 unless the lookup finds the token, and hands its user to the handler.
        "/me" bind GET to ServerFilters.BearerAuth(user) { sessions[it] }.then { request ->
            Response(OK).with(me of Me(user(request)))
        },
    )
    app.asServer(SunHttp(System.getenv("PORT").toInt())).start().block()
}
