import Vapor

struct NewUser: Content, Validatable {
    var name: String
    var age: Int

    static func validations(_ validations: inout Validations) {
        validations.add("name", as: String.self, is: !.empty)
        validations.add("age", as: Int.self, is: .range(0...))
    }
}

func routes(_ app: Application) throws {
    // validate(content:) fails with 400 and a reason naming each bad key, including "age" that is not an Int.
    app.post("users") { req async throws -> Response in
        try NewUser.validate(content: req)
        let user = try req.content.decode(NewUser.self)
        return try await user.encodeResponse(status: .created, for: req)
    }
}
