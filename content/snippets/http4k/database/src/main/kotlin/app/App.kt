package app

import org.flywaydb.core.Flyway
import org.http4k.core.Body
import org.http4k.core.Method.GET
import org.http4k.core.Method.POST
import org.http4k.core.Response
import org.http4k.core.Status.Companion.CREATED
import org.http4k.core.Status.Companion.NOT_FOUND
import org.http4k.core.Status.Companion.OK
import org.http4k.core.with
import org.http4k.format.Jackson.auto
import org.http4k.lens.Path
import org.http4k.lens.int
import org.http4k.routing.bind
import org.http4k.routing.routes
import org.http4k.server.SunHttp
import org.http4k.server.asServer
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

data class NewNote(val text: String)
data class Note(val id: Int, val text: String)

fun ResultRow.toNote() = Note(this[Notes.id].value, this[Notes.text])

val newNote = Body.auto<NewNote>().toLens()
val note = Body.auto<Note>().toLens()
val id = Path.int().of("id")

fun main() {
    val url = "jdbc:sqlite:${System.getenv("DATABASE_PATH")}"
    // Apply db/migration/V1__create_notes.sql (and any later scripts) before serving.
    Flyway.configure().dataSource(url, null, null).load().migrate()
    Database.connect(url, driver = "org.sqlite.JDBC")

    val app = routes(
        "/notes" bind POST to { request ->
            val text = newNote(request).text
            val created = transaction {
                val newId = Notes.insertAndGetId { it[Notes.text] = text }
                Notes.selectAll().where { Notes.id eq newId }.single().toNote()
            }
            Response(CREATED).with(note of created)
        },
        "/notes/{id}" bind GET to { request ->
            val found = transaction { Notes.selectAll().where { Notes.id eq id(request) }.singleOrNull()?.toNote() }
            if (found == null) Response(NOT_FOUND) else Response(OK).with(note of found)
        },
    )
    app.asServer(SunHttp(System.getenv("PORT").toInt())).start().block()
}
