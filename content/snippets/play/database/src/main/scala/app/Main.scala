package app

import play.api.db.evolutions.EvolutionsComponents
import play.api.db.slick.evolutions.SlickEvolutionsComponents
import play.api.db.slick.{DbName, SlickComponents}
import play.api.libs.json.{Json, OFormat}
import play.api.mvc.Results
import play.api.routing.Router
import play.api.routing.sird.*
import play.core.server.{DefaultPekkoHttpServerComponents, ServerConfig}
import slick.jdbc.JdbcProfile

import scala.concurrent.ExecutionContext

case class Note(id: Long, text: String)
given OFormat[Note] = Json.format[Note]

// An embedded Play server whose components add play-slick and Evolutions (compile-time wiring, no Guice).
class AppComponents extends DefaultPekkoHttpServerComponents
    with SlickComponents with SlickEvolutionsComponents with EvolutionsComponents:
  override lazy val serverConfig = ServerConfig(address = "127.0.0.1", port = Some(sys.env("PORT").toInt))
  given ExecutionContext = executionContext

  val dbConfig = slickApi.dbConfig[JdbcProfile](DbName("default"))
  import dbConfig.profile.api.*

  class Notes(tag: Tag) extends Table[Note](tag, "notes"):
    def id = column[Long]("id", O.PrimaryKey, O.AutoInc)
    def text = column[String]("text")
    def * = (id, text).mapTo[Note]
  val notes = TableQuery[Notes]

  override lazy val router = Router.from {
    case POST(p"/notes") =>
      defaultActionBuilder.async(playBodyParsers.json) { request =>
        val text = (request.body \ "text").as[String]
        val insert = notes.returning(notes.map(_.id)) += Note(0, text)
        dbConfig.db.run(insert).map(id => Results.Created(Json.toJson(Note(id, text))))
      }
    case GET(p"/notes/${long(id)}") =>
      defaultActionBuilder.async {
        dbConfig.db.run(notes.filter(_.id === id).result.headOption).map {
          case Some(note) => Results.Ok(Json.toJson(note))
          case None       => Results.NotFound
        }
      }
  }

object Main:
  def main(args: Array[String]): Unit =
    val components = AppComponents()
    // Runs evolutions/default/1.sql (autoApply) before the server takes requests.
    components.applicationEvolutions
    components.server
