package app

import play.api.libs.json.Json
import play.api.mvc.Results
import play.api.routing.sird.*
import play.core.server.{PekkoHttpServer, ServerConfig}

// An embedded Play server with routes written in code (the routing DSL), so no sbt routes compiler is needed.
object Main:
  def main(args: Array[String]): Unit =
    val config = ServerConfig(address = "127.0.0.1", port = Some(sys.env("PORT").toInt))
    PekkoHttpServer.fromRouterWithComponents(config) { components =>
      val Action = components.defaultActionBuilder
      {
        // The extracted segment is already percent-decoded; unmatched requests get Play's 404.
        case GET(p"/hello/$name") =>
          Action(Results.Ok(Json.obj("message" -> s"Hello, $name")))
      }
    }
