import Vapor

struct Greeting: Content {
    let message: String
}

func routes(_ app: Application) throws {
    app.get("hello", ":name") { req async throws -> Greeting in
        let name = try req.parameters.require("name")
        return Greeting(message: "Hello, \(name)")
    }
}
