import Foundation
import Hummingbird
import SenfenicoAPI

/// An answer before it becomes an HTTP response: the JSON bytes plus what the conditional
/// request, compression and fault rules need to finish it.
struct Reply: Sendable {
    var status: HTTPResponse.Status
    var body: ByteBuffer
    var contentType = "application/json"
    /// Set on lists and balances: a matching `If-None-Match` gets `304 Not Modified`.
    var etag: String?
    /// The gzip form when it is cached (lists); otherwise it is compressed on the way out.
    var gzipped: (@Sendable () async -> ByteBuffer)?
    /// Seconds, for `429` answers.
    var retryAfter: Int?

    init(status: HTTPResponse.Status, body: ByteBuffer, etag: String? = nil) {
        self.status = status
        self.body = body
        self.etag = etag
    }

    /// `{"status": true, "message": ..., "data": ...}`.
    static func success(
        _ message: String, status: HTTPResponse.Status = .ok, data: (inout JSONWriter) -> Void
    ) -> Reply {
        var json = JSONWriter()
        json.object { json in
            json.member("status", true)
            json.member("message", message)
            json.key("data")
            data(&json)
        }
        return Reply(status: status, body: ByteBuffer(bytes: json.bytes))
    }

    /// The reference's error envelopes; see ``SandboxFailure``.
    static func failure(_ failure: SandboxFailure) -> Reply {
        RequestLogNote.record(failure)
        var json = JSONWriter()
        let status: HTTPResponse.Status
        switch failure {
        case .validation(let errors):
            status = .badRequest
            json.object { json in
                json.member("status", false)
                json.member("message", Messages.validationError)
                json.key("errors")
                writeErrors(errors, to: &json)
            }
        case .payment(let code, let message, let httpStatus):
            status = httpStatus
            json.object { json in
                json.member("status", false)
                json.member("message", message)
                json.member("error_code", code.rawValue)
            }
        case .plain(let message, let httpStatus):
            status = httpStatus
            json.object { json in
                json.member("status", false)
                json.member("message", message)
            }
        }
        var reply = Reply(status: status, body: ByteBuffer(bytes: json.bytes))
        if status == .tooManyRequests { reply.retryAfter = 1 }
        return reply
    }

    /// Field names in sorted order, so that answers are byte-for-byte reproducible.
    static func writeErrors(_ errors: [String: [String]], to json: inout JSONWriter) {
        json.object { json in
            for field in errors.keys.sorted() {
                json.key(field)
                json.array { json in
                    for message in errors[field] ?? [] { json.string(message) }
                }
            }
        }
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Reply {
        var reply = Reply(status: status, body: ByteBuffer(string: text))
        reply.contentType = "text/html; charset=utf-8"
        return reply
    }

    /// Finishes the answer for this request: `304` when the caller's `If-None-Match` matches,
    /// the body cut short under a `malformed` fault, gzip when the caller accepts it.
    func response(for request: Request, context: SandboxRequestContext) async -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        if let etag {
            headers[.eTag] = etag
            if Reply.matches(ifNoneMatch: request.headers[.ifNoneMatch], etag: etag) {
                return Response(status: .notModified, headers: headers, body: .init())
            }
        }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }

        var body = body
        var cachedGzip = gzipped
        if context.faultPlan.malformedBody, body.readableBytes > 1 {
            // Half of any JSON object or array is never valid JSON.
            body = body.getSlice(at: body.readerIndex, length: body.readableBytes / 2) ?? body
            cachedGzip = nil
        }
        if body.readableBytes > 0, Gzip.isAccepted(by: request.headers[.acceptEncoding]) {
            body = if let cachedGzip { await cachedGzip() } else { Gzip.compress(body) }
            headers[.contentEncoding] = "gzip"
        }
        if etag != nil || gzipped != nil { headers[.vary] = "Accept-Encoding" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    /// Weak comparison (RFC 9110 §13.1.2): the gzip and identity forms share one tag.
    static func matches(ifNoneMatch: String?, etag: String) -> Bool {
        guard let ifNoneMatch else { return false }
        func opaque(_ tag: Substring) -> Substring {
            let trimmed = tag.trimmingCharacters(in: .whitespaces)
            return Substring(trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed)
        }
        let mine = opaque(Substring(etag))
        return ifNoneMatch.split(separator: ",").contains { candidate in
            let tag = opaque(candidate)
            return tag == "*" || tag == mine
        }
    }
}
