import Vapor

struct User: SessionAuthenticatable {
    let name: String
    var sessionID: String { name }
}

struct Login: Content {
    let user: String
    let password: String
}

/// Logs the user in from a JSON body checked against Bcrypt digests (Vapor's password API).
struct UserCredentialsAuthenticator: AsyncCredentialsAuthenticator {
    let digests: [String: String]

    func authenticate(credentials: Login, for request: Request) async throws {
        guard let digest = digests[credentials.user],
              try await request.password.async.verify(credentials.password, created: digest)
        else { return }
        request.auth.login(User(name: credentials.user))
    }
}

/// Restores the user from the session cookie on later requests.
struct UserSessionAuthenticator: AsyncSessionAuthenticator {
    typealias User = App.User

    func authenticate(sessionID: String, for request: Request) async throws {
        request.auth.login(User(name: sessionID))
    }
}
