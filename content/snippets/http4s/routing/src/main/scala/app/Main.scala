package app

import cats.effect.{IO, IOApp}
import com.comcast.ip4s.{Host, Port}
import io.circe.Json
import org.http4s.HttpRoutes
import org.http4s.circe.*
import org.http4s.dsl.io.*
import org.http4s.ember.server.EmberServerBuilder

object Main extends IOApp.Simple:

  // A path segment bound to a name arrives already percent-decoded.
  val routes = HttpRoutes.of[IO] {
    case GET -> Root / "hello" / name =>
      Ok(Json.obj("message" -> Json.fromString(s"Hello, $name")))
  }

  def run: IO[Unit] =
    EmberServerBuilder
      .default[IO]
      .withHost(Host.fromString("127.0.0.1").get)
      .withPort(Port.fromString(sys.env("PORT")).get)
      .withHttpApp(routes.orNotFound) // anything unmatched answers 404
      .build
      .useForever
