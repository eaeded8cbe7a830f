package app

import play.api.libs.json.Json
import play.api.mvc.{BodyParsers, DefaultSessionCookieBaker, Result, Results}
import play.api.routing.Router
import play.api.routing.sird.*
import play.core.server.{DefaultPekkoHttpServerComponents, ServerConfig}
import play.silhouette.api.actions.{SecuredActionComponents, SecuredErrorHandlerComponents}
import play.silhouette.api.crypto.Base64AuthenticatorEncoder
import play.silhouette.api.services.IdentityService
import play.silhouette.api.util.{Clock, Credentials, PasswordHasherRegistry, PasswordInfo}
import play.silhouette.api.{Env, Environment, EventBus, Identity, LoginInfo}
import play.silhouette.impl.authenticators.{SessionAuthenticator, SessionAuthenticatorService, SessionAuthenticatorSettings}
import play.silhouette.impl.exceptions.{IdentityNotFoundException, InvalidPasswordException}
import play.silhouette.impl.providers.CredentialsProvider
import play.silhouette.impl.util.DefaultFingerprintGenerator
import play.silhouette.password.BCryptPasswordHasher
import play.silhouette.persistence.daos.InMemoryAuthInfoDAO
import play.silhouette.persistence.repositories.DelegableAuthInfoRepository

import scala.concurrent.{Await, ExecutionContext, Future}
import scala.concurrent.duration.*

case class User(loginInfo: LoginInfo) extends Identity

// The authenticator lives in Play's signed session cookie.
trait SessionEnv extends Env:
  type I = User
  type A = SessionAuthenticator

// An embedded Play server wired with Silhouette's components at compile time (no Guice).
class AppComponents extends DefaultPekkoHttpServerComponents
    with SecuredActionComponents with SecuredErrorHandlerComponents:
  override lazy val serverConfig = ServerConfig(address = "127.0.0.1", port = Some(sys.env("PORT").toInt))
  given ExecutionContext = executionContext
  lazy val securedBodyParser = BodyParsers.Default(playBodyParsers)

  // ada's BCrypt hash, kept by an in-memory DAO; CredentialsProvider checks passwords against it.
  val hasher = BCryptPasswordHasher()
  val passwords = InMemoryAuthInfoDAO[PasswordInfo]()
  Await.result(passwords.add(LoginInfo(CredentialsProvider.ID, "ada"), hasher.hash("lovelace")), 5.seconds)
  val credentials = CredentialsProvider(DelegableAuthInfoRepository(passwords), PasswordHasherRegistry(hasher))

  val users = new IdentityService[User]:
    def retrieve(loginInfo: LoginInfo) = Future.successful(Some(User(loginInfo)))

  val authenticators = SessionAuthenticatorService(
    SessionAuthenticatorSettings(useFingerprinting = false),
    DefaultFingerprintGenerator(),
    Base64AuthenticatorEncoder(),
    DefaultSessionCookieBaker(httpConfiguration.session, httpConfiguration.secret, cookieSigner),
    Clock()
  )
  val env = Environment[SessionEnv](users, authenticators, Seq(), EventBus())

  override lazy val router = Router.from {
    case POST(p"/login") =>
      defaultActionBuilder.async(playBodyParsers.json) { implicit request =>
        val login = Credentials((request.body \ "user").as[String], (request.body \ "password").as[String])
        credentials.authenticate(login)
          .flatMap(authenticators.create)
          .flatMap(authenticators.init)
          .flatMap(session => authenticators.embed(session, Results.Ok(Json.obj("user" -> login.identifier))))
          .recover[Result] { case _: IdentityNotFoundException | _: InvalidPasswordException => Results.Unauthorized }
      }
    // The secured action answers 401 (not a redirect) when the session holds no valid authenticator.
    case GET(p"/me") =>
      securedAction(env) { request =>
        Results.Ok(Json.obj("user" -> request.identity.loginInfo.providerKey))
      }
  }

object Main:
  def main(args: Array[String]): Unit =
    AppComponents().server
