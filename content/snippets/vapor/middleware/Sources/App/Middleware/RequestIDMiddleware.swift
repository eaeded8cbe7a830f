import Vapor

struct RequestIDKey: StorageKey {
    typealias Value = String
}

struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let id = UUID().uuidString
        request.storage[RequestIDKey.self] = id // what route handlers read
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: id)
        return response
    }
}
