import Foundation
import Hummingbird

/// Accepts test keys only. Any `sk_test_` key with at least eight characters after the prefix
/// opens (or reopens) its own simulated account; a live key is refused so that a real key
/// pasted into the sandbox by mistake is never mistaken for a working setup.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    /// When set, the only key accepted.
    let restrictedKey: String?

    static let headerName = HTTPFields.Element.Name("X-API-KEY")!
    static let testPrefix = "sk_test_"
    static let minimumSecretLength = 8

    static func isWellFormedTestKey(_ key: String) -> Bool {
        guard key.hasPrefix(testPrefix) else { return false }
        let secret = key.dropFirst(testPrefix.count)
        return secret.count >= minimumSecretLength
            && secret.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let key = request.headers[Self.headerName]?.trimmingCharacters(in: .whitespaces),
            Self.isWellFormedTestKey(key), restrictedKey == nil || restrictedKey == key
        else {
            return await Reply.failure(.plain(Messages.invalidAPIKey, status: .unauthorized))
                .response(for: request, context: context)
        }
        var context = context
        context.apiKey = key
        return try await next(request, context)
    }
}
