package app

import org.apache.pekko.stream.scaladsl.Flow
import play.api.mvc.WebSocket
import play.api.routing.sird.*
import play.core.server.{PekkoHttpServer, ServerConfig}

object Main:
  def main(args: Array[String]): Unit =
    val config = ServerConfig(address = "127.0.0.1", port = Some(sys.env("PORT").toInt))
    PekkoHttpServer.fromRouterWithComponents(config) { _ =>
      {
        // Each connection gets its own flow; an identity flow sends every text frame back to its sender.
        case GET(p"/ws") => WebSocket.accept[String, String](_ => Flow[String])
      }
    }
