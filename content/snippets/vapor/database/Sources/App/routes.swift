import Fluent
import Vapor

struct NewNote: Content {
    let text: String
}

func routes(_ app: Application) throws {
    app.post("notes") { req async throws -> Response in
        let note = Note(text: try req.content.decode(NewNote.self).text)
        try await note.create(on: req.db)
        return try await note.encodeResponse(status: .created, for: req)
    }

    app.get("notes", ":id") { req async throws -> Note in
        guard let note = try await Note.find(req.parameters.get("id", as: Int.self), on: req.db) else {
            throw Abort(.notFound)
        }
        return note
    }
}
