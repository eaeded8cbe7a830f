package app

import cats.data.ValidatedNel
import cats.effect.{IO, IOApp}
import cats.syntax.all.*
import com.comcast.ip4s.{Host, Port}
import io.circe.Json
import org.http4s.HttpRoutes
import org.http4s.circe.*
import org.http4s.dsl.io.*
import org.http4s.ember.server.EmberServerBuilder

final case class User(name: String, age: Int)

object Main extends IOApp.Simple:

  // http4s decodes the JSON; the rules themselves are plain code, accumulated with cats Validated.
  def validate(body: Json): ValidatedNel[(String, String), User] =
    val c = body.hcursor
    val name = c.get[String]("name").toOption.filter(_.nonEmpty)
      .toValidNel("name" -> "must be a non-empty string")
    val age = c.get[Int]("age").toOption.filter(_ >= 0)
      .toValidNel("age" -> "must be an integer of at least 0")
    (name, age).mapN(User.apply)

  val routes = HttpRoutes.of[IO] {
    case req @ POST -> Root / "users" =>
      req.as[Json].flatMap { body =>
        validate(body).fold(
          errors => UnprocessableEntity(Json.obj("errors" -> Json.obj(
            errors.toList.map((field, message) => field -> Json.fromString(message))*
          ))),
          user => Created(Json.obj("name" -> Json.fromString(user.name), "age" -> Json.fromInt(user.age)))
        )
      }
  }

  def run: IO[Unit] =
    EmberServerBuilder
      .default[IO]
      .withHost(Host.fromString("127.0.0.1").get)
      .withPort(Port.fromString(sys.env("PORT")).get)
      .withHttpApp(routes.orNotFound)
      .build
      .useForever
