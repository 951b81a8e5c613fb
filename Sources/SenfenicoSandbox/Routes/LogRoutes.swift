import Foundation
import Hummingbird

/// The request log over HTTP, for `senfenico logs tail`:
///
/// - `GET /_sandbox/logs`: the requests held (the last ``RequestLogBook/capacity``), oldest
///   first, one JSON object a line (``RequestLogEntry/jsonLine``); `?limit=N` keeps the last N.
/// - `GET /_sandbox/logs?follow=1`: the same, then every new request as it is answered, on a
///   response that stays open until the client hangs up or the sandbox stops. An empty line
///   every ``heartbeat`` lets the server notice a client that went away.
///
/// Like the other control routes they take no key: the sandbox listens on loopback only. The
/// log holds no key either, only fingerprints.
extension SandboxRoutes {
    static let heartbeat = Duration.seconds(10)

    func addLogRoutes(to group: SandboxRouterGroup) {
        group.get("logs") { request, _ -> Response in
            let query = request.uri.queryParameters
            let follow = ["1", "true", "yes"].contains(query.get("follow")?.lowercased() ?? "")
            let limit = query.get("limit").flatMap { Int($0) }.map { max(0, $0) }
            var headers = HTTPFields()
            headers[.contentType] = "application/x-ndjson"
            headers[.cacheControl] = "no-store"
            guard follow else {
                let text = Self.lines(Self.last(limit, of: requestLog.recent))
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
            }
            let book = requestLog
            let (recent, stream, id) = book.follow()
            let body = ResponseBody { writer in
                let beating = Task {
                    while !Task.isCancelled {
                        try await Task.sleep(for: Self.heartbeat)
                        book.heartbeat(id)
                    }
                }
                defer {
                    beating.cancel()
                    book.unfollow(id)
                }
                // Something at once, so the client knows the follow is on before any request.
                try await writer.write(ByteBuffer(string: Self.lines(Self.last(limit, of: recent)) + "\n"))
                for await followed in stream {
                    switch followed {
                    case .entry(let entry): try await writer.write(ByteBuffer(string: entry.jsonLine + "\n"))
                    case .heartbeat: try await writer.write(ByteBuffer(string: "\n"))
                    }
                }
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: headers, body: body)
        }
    }

    private static func last(_ limit: Int?, of entries: [RequestLogEntry]) -> [RequestLogEntry] {
        guard let limit else { return entries }
        return Array(entries.suffix(limit))
    }

    private static func lines(_ entries: [RequestLogEntry]) -> String {
        entries.map { $0.jsonLine + "\n" }.joined()
    }
}
