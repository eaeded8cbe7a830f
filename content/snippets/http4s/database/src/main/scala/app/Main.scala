package app

import cats.effect.{IO, IOApp, Resource}
import com.comcast.ip4s.{Host, Port}
import io.circe.Codec
import org.flywaydb.core.Flyway
import org.http4s.HttpRoutes
import org.http4s.circe.CirceEntityCodec.*
import org.http4s.dsl.io.*
import org.http4s.ember.server.EmberServerBuilder
import slick.jdbc.SQLiteProfile.api.*

final case class NewNote(text: String) derives Codec.AsObject
final case class Note(id: Long, text: String) derives Codec.AsObject

// The Slick mapping of the notes table; the table itself comes from the Flyway migration.
class Notes(tag: Tag) extends Table[Note](tag, "notes"):
  def id = column[Long]("id", O.PrimaryKey, O.AutoInc)
  def text = column[String]("text")
  def * = (id, text).mapTo[Note]

object Main extends IOApp.Simple:
  val notes = TableQuery[Notes]

  def routes(db: Database) =
    // Slick runs actions as Futures; IO.fromFuture lifts them into the effect.
    def exec[A](action: DBIO[A]): IO[A] = IO.fromFuture(IO(db.run(action)))
    HttpRoutes.of[IO] {
      case req @ POST -> Root / "notes" =>
        for
          body <- req.as[NewNote]
          id <- exec(notes.returning(notes.map(_.id)) += Note(0, body.text))
          response <- Created(Note(id, body.text))
        yield response
      case GET -> Root / "notes" / LongVar(id) =>
        exec(notes.filter(_.id === id).result.headOption).flatMap {
          case Some(note) => Ok(note)
          case None       => NotFound()
        }
    }

  def run: IO[Unit] =
    val url = s"jdbc:sqlite:${sys.env("DATABASE_PATH")}"
    // Apply db/migration/V1__create_notes.sql (and any later scripts) before serving.
    val migrate = IO.blocking(Flyway.configure().dataSource(url, null, null).load().migrate())
    val database = Resource.make(IO(Database.forURL(url, driver = "org.sqlite.JDBC")))(db => IO(db.close()))
    migrate >> database.flatMap { db =>
      EmberServerBuilder
        .default[IO]
        .withHost(Host.fromString("127.0.0.1").get)
        .withPort(Port.fromString(sys.env("PORT")).get)
        .withHttpApp(routes(db).orNotFound)
        .build
    }.useForever
