package app

import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.put
import org.flywaydb.core.Flyway
import org.jetbrains.exposed.v1.core.ResultRow
import org.jetbrains.exposed.v1.core.dao.id.IntIdTable
import org.jetbrains.exposed.v1.core.eq
import org.jetbrains.exposed.v1.jdbc.Database
import org.jetbrains.exposed.v1.jdbc.insertAndGetId
import org.jetbrains.exposed.v1.jdbc.selectAll
import org.jetbrains.exposed.v1.jdbc.transactions.transaction

// The Exposed table mapping; the table itself comes from the Flyway migration.
object Notes : IntIdTable("notes") {
    val text = text("text")
}

// JSON is built as a JsonObject: @Serializable data classes would need the Kotlin serialization
// compiler plugin, which the Maven mirror used here does not serve.
fun noteJson(row: ResultRow) = buildJsonObject {
    put("id", row[Notes.id].value)
    put("text", row[Notes.text])
}

fun main() {
    val url = "jdbc:sqlite:${System.getenv("DATABASE_PATH")}"
    // Apply db/migration/V1__create_notes.sql (and any later scripts) before serving.
    Flyway.configure().dataSource(url, null, null).load().migrate()
    Database.connect(url, driver = "org.sqlite.JDBC")

    embeddedServer(Netty, port = System.getenv("PORT").toInt(), host = "127.0.0.1") {
        install(ContentNegotiation) { json() }
        routing {
            post("/notes") {
                val text = call.receive<JsonObject>().getValue("text").jsonPrimitive.content
                val row = transaction {
                    val id = Notes.insertAndGetId { it[Notes.text] = text }
                    Notes.selectAll().where { Notes.id eq id }.single()
                }
                call.respond(HttpStatusCode.Created, noteJson(row))
            }
            get("/notes/{id}") {
                val id = call.parameters["id"]?.toIntOrNull() ?: return@get call.respond(HttpStatusCode.NotFound)
                val row = transaction { Notes.selectAll().where { Notes.id eq id }.singleOrNull() }
                if (row == null) call.respond(HttpStatusCode.NotFound) else call.respond(noteJson(row))
            }
        }
    }.start(wait = true)
}
