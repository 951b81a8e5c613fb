import Foundation
import Hummingbird
import Synchronization

/// Records every request in the ``RequestLogBook``: method, path, status, time taken, the key's
/// fingerprint and the error code of an error envelope.
///
/// It is the outermost middleware, so the status is the one the client gets, whatever turned
/// the request into an error. The error code is not read back from the body (which may be
/// gzipped, or cut short by a fault): ``Reply/failure(_:)`` writes it into the request's
/// ``RequestLogNote``, found through a task local because handlers cannot hand values back
/// up through the context.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let book: RequestLogBook

    /// Paths that are not logged: following the log must not write to the log it follows.
    static func isLogged(path: String) -> Bool {
        !path.hasPrefix("/_sandbox/logs")
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        guard Self.isLogged(path: path) else { return try await next(request, context) }
        let started = ContinuousClock.now
        let arrived = Date()
        let note = RequestLogNote()
        func record(status: Int) {
            let elapsed = ContinuousClock.now - started
            let milliseconds =
                elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            book.add(
                RequestLogEntry(
                    time: arrived, method: Self.printable(request.method.rawValue), path: Self.printable(path),
                    status: status, durationMilliseconds: Int(milliseconds),
                    account: RequestLogEntry.fingerprint(ofKey: request.headers[APIKeyMiddleware.headerName]),
                    errorCode: note.errorCode))
        }
        do {
            let response = try await RequestLogNote.$current.withValue(note) { try await next(request, context) }
            record(status: response.status.code)
            return response
        } catch let error as HTTPError {
            record(status: error.status.code)
            throw error
        } catch {
            record(status: 500)
            throw error
        }
    }

    /// Printable ASCII only: a log line goes to a terminal, where a control character in a
    /// hostile path could move the cursor or change the title.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?" }))
    }
}

/// What the handlers tell the request log about their answer.
final class RequestLogNote: Sendable {
    @TaskLocal static var current: RequestLogNote?

    private let code = Mutex<String?>(nil)

    var errorCode: String? { code.withLock { $0 } }

    func record(errorCode: String) {
        code.withLock { $0 = errorCode }
    }

    /// The code a failure is logged under.
    static func record(_ failure: SandboxFailure) {
        guard let current else { return }
        switch failure {
        case .validation: current.record(errorCode: "VALIDATION_ERROR")
        case .payment(let code, _, _): current.record(errorCode: code.rawValue)
        case .plain: break
        }
    }
}
