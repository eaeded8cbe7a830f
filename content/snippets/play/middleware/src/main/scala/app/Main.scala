package app

import java.util.UUID

import scala.concurrent.ExecutionContext

import play.api.BuiltInComponents
import play.api.libs.typedmap.TypedKey
import play.api.mvc.{EssentialAction, EssentialFilter, Results}
import play.api.routing.Router
import play.api.routing.sird.*
import play.core.server.{PekkoHttpServerComponents, ServerConfig}

object Main:
  val RequestId = TypedKey[String]("requestId")

  // A filter wraps every request, including those no route matches.
  val requestIdFilter = new EssentialFilter:
    def apply(next: EssentialAction) = EssentialAction { request =>
      val id = UUID.randomUUID().toString
      next(request.addAttr(RequestId, id))
        .map(_.withHeaders("X-Request-Id" -> id))(ExecutionContext.parasitic)
    }

  def main(args: Array[String]): Unit =
    val components = new PekkoHttpServerComponents with BuiltInComponents:
      override lazy val serverConfig =
        ServerConfig(address = "127.0.0.1", port = Some(sys.env("PORT").toInt))
      override def httpFilters = Seq(requestIdFilter)
      override lazy val router = Router.from {
        case GET(p"/") => defaultActionBuilder(request => Results.Ok(request.attrs(RequestId)))
      }
    components.server
