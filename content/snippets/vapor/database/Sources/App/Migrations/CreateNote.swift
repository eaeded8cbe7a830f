import Fluent

struct CreateNote: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notes")
            .field(.id, .int, .identifier(auto: true))
            .field("text", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notes").delete()
    }
}
