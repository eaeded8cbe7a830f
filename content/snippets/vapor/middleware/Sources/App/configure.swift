import Vapor

public func configure(_ app: Application) async throws {
    app.http.server.configuration.hostname = "127.0.0.1"
    app.http.server.configuration.port = Environment.get("PORT").flatMap(Int.init) ?? 8080

    // At the beginning, so it wraps ErrorMiddleware and sees the 404 response as well.
    app.middleware.use(RequestIDMiddleware(), at: .beginning)

    try routes(app)
}
