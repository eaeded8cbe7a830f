import Fluent
import Vapor

final class Note: Model, Content, @unchecked Sendable {
    static let schema = "notes"

    // An integer key the database assigns, instead of Fluent's default UUID.
    @ID(custom: .id, generatedBy: .database)
    var id: Int?

    @Field(key: "text")
    var text: String

    init() {}

    init(text: String) {
        self.text = text
    }
}
