package app

import java.util.UUID

import cats.data.Kleisli
import cats.effect.{IO, IOApp}
import com.comcast.ip4s.{Host, Port}
import org.http4s.{HttpApp, HttpRoutes}
import org.http4s.dsl.io.*
import org.http4s.ember.server.EmberServerBuilder
import org.typelevel.vault.Key

object Main extends IOApp.Simple:

  // A middleware is a function from one app to another: it runs code around the app it wraps.
  def withRequestId(key: Key[String])(app: HttpApp[IO]): HttpApp[IO] =
    Kleisli { req =>
      val id = UUID.randomUUID().toString
      app(req.withAttribute(key, id)).map(_.putHeaders("X-Request-Id" -> id))
    }

  def routes(key: Key[String]) = HttpRoutes.of[IO] {
    case req @ GET -> Root =>
      Ok(req.attributes.lookup(key).getOrElse("none"))
  }

  def run: IO[Unit] =
    Key.newKey[IO, String].flatMap { key =>
      EmberServerBuilder
        .default[IO]
        .withHost(Host.fromString("127.0.0.1").get)
        .withPort(Port.fromString(sys.env("PORT")).get)
        // Wrapping the app after orNotFound gives 404 answers the header too.
        .withHttpApp(withRequestId(key)(routes(key).orNotFound))
        .build
        .useForever
    }
