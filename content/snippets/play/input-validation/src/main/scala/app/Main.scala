package app

import play.api.libs.functional.syntax.*
import play.api.libs.json.*
import play.api.mvc.Results
import play.api.routing.sird.*
import play.core.server.{PekkoHttpServer, ServerConfig}

final case class User(name: String, age: Int)

object Main:
  // The rules live in the Reads: a failed read reports the JSON path of each bad field.
  given Reads[User] = (
    (__ \ "name").read[String](Reads.minLength[String](1)) and
      (__ \ "age").read[Int](Reads.min(0))
  )(User.apply)

  def main(args: Array[String]): Unit =
    val config = ServerConfig(address = "127.0.0.1", port = Some(sys.env("PORT").toInt))
    PekkoHttpServer.fromRouterWithComponents(config) { components =>
      val Action = components.defaultActionBuilder
      val json = components.playBodyParsers.json
      {
        case POST(p"/users") =>
          Action(json) { request =>
            request.body.validate[User].fold(
              errors =>
                Results.UnprocessableEntity(Json.obj("errors" -> JsObject(errors.map((path, problems) =>
                  path.toString.stripPrefix("/") -> Json.toJson(problems.flatMap(_.messages))
                )))),
              user => Results.Created(Json.obj("name" -> user.name, "age" -> user.age))
            )
          }
      }
    }
