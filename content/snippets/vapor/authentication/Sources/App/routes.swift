import Vapor

struct Me: Content {
    let user: String
}

func routes(_ app: Application) throws {
    // One hard-coded user; the password is kept only as a Bcrypt digest.
    let digests = ["ada": try app.password.hash("lovelace")]
    let session = app.grouped(app.sessions.middleware, UserSessionAuthenticator())

    // The session authenticator stores whoever the credentials authenticator logged in.
    session.grouped(UserCredentialsAuthenticator(digests: digests)).post("login") { req async throws -> Me in
        Me(user: try req.auth.require(User.self).name) // 401 when the login failed
    }

    session.grouped(User.guardMiddleware()).get("me") { req async throws -> Me in
        Me(user: try req.auth.require(User.self).name)
    }
}
