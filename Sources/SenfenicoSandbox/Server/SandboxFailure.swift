import Hummingbird
import SenfenicoAPI

/// A refused request, in the three error shapes of the reference.
enum SandboxFailure: Error, Sendable, Equatable {
    /// `{"status": false, "message": "Validation error", "errors": {"field": ["message"]}}`:
    /// input that breaks a field rule (DRF style, no `error_code`).
    case validation([String: [String]])
    /// `{"status": false, "message": ..., "error_code": ...}`: a payment error.
    case payment(APIErrorCode, message: String, status: HTTPResponse.Status = .badRequest)
    /// `{"status": false, "message": ...}`: an invalid key, an unknown reference, the
    /// settlement-cancel refusal.
    case plain(String, status: HTTPResponse.Status)

    static func field(_ name: String, _ message: String) -> SandboxFailure {
        .validation([name: [message]])
    }
}
