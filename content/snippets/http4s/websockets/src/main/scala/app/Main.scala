package app

import cats.effect.{IO, IOApp}
import com.comcast.ip4s.{Host, Port}
import fs2.Pipe
import org.http4s.HttpRoutes
import org.http4s.dsl.io.*
import org.http4s.ember.server.EmberServerBuilder
import org.http4s.server.websocket.WebSocketBuilder2
import org.http4s.websocket.WebSocketFrame

object Main extends IOApp.Simple:

  // Each connection gets its own stream of frames, so an echo reaches only its sender.
  val echo: Pipe[IO, WebSocketFrame, WebSocketFrame] =
    _.collect { case WebSocketFrame.Text(text, _) => WebSocketFrame.Text(text) }

  def routes(ws: WebSocketBuilder2[IO]) = HttpRoutes.of[IO] {
    case GET -> Root / "ws" => ws.build(echo)
  }

  def run: IO[Unit] =
    EmberServerBuilder
      .default[IO]
      .withHost(Host.fromString("127.0.0.1").get)
      .withPort(Port.fromString(sys.env("PORT")).get)
      .withHttpWebSocketApp(ws => routes(ws).orNotFound)
      .build
      .useForever
