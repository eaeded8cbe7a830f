import Fluent
import FluentSQLiteDriver
import Vapor

public func configure(_ app: Application) async throws {
    app.http.server.configuration.hostname = "127.0.0.1"
    app.http.server.configuration.port = Environment.get("PORT").flatMap(Int.init) ?? 8080

    app.databases.use(.sqlite(.file(Environment.get("DATABASE_PATH") ?? "db.sqlite")), as: .sqlite)
    // Applied by `swift run App migrate`, or on start with `serve --auto-migrate` (see Procfile).
    app.migrations.add(CreateNote())

    try routes(app)
}
