package app

import cats.data.{Kleisli, OptionT}
import cats.effect.std.UUIDGen
import cats.effect.{IO, IOApp, Ref}
import cats.syntax.all.*
import com.comcast.ip4s.{Host, Port}
import io.circe.syntax.*
import io.circe.{Codec, Json}
import org.http4s.circe.CirceEntityCodec.*
import org.http4s.dsl.io.*
import org.http4s.headers.Authorization
import org.http4s.ember.server.EmberServerBuilder
import org.http4s.server.AuthMiddleware
import org.http4s.{AuthScheme, AuthedRoutes, Credentials, HttpRoutes, Request, Response, Status}

final case class Login(user: String, password: String) derives Codec.AsObject

object Main extends IOApp.Simple:
  // http4s authenticates requests through AuthMiddleware but has no login, user store, password
  // hashing or token issuing: those are the map, the Ref of issued tokens and /login below.
  val users = Map("ada" -> "lovelace")

  def app(tokens: Ref[IO, Map[String, String]]) =
    // The user behind an "Authorization: Bearer <token>" header; None makes AuthMiddleware answer 401.
    val bearer = Kleisli { (req: Request[IO]) =>
      OptionT
        .fromOption[IO](req.headers.get[Authorization].collect {
          case Authorization(Credentials.Token(AuthScheme.Bearer, token)) => token
        })
        .flatMapF(token => tokens.get.map(_.get(token)))
    }

    val login = HttpRoutes.of[IO] {
      case req @ POST -> Root / "login" =>
        req.as[Login].flatMap { body =>
          if users.get(body.user).contains(body.password) then
            for
              token <- UUIDGen.randomString[IO]
              _ <- tokens.update(_ + (token -> body.user))
              response <- Ok(Json.obj("token" -> token.asJson))
            yield response
          else IO.pure(Response[IO](Status.Unauthorized))
        }
    }

    val authenticated = AuthMiddleware(bearer)
    val me = AuthedRoutes.of[String, IO] {
      case GET -> Root / "me" as user => Ok(Json.obj("user" -> user.asJson))
    }

    (login <+> authenticated(me)).orNotFound

  def run: IO[Unit] =
    Ref.of[IO, Map[String, String]](Map.empty).flatMap { tokens =>
      EmberServerBuilder
        .default[IO]
        .withHost(Host.fromString("127.0.0.1").get)
        .withPort(Port.fromString(sys.env("PORT")).get)
        .withHttpApp(app(tokens))
        .build
        .useForever
    }
