import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A minimal HTTP/1.1 client for a sandbox on this machine, for `logs tail`, `trigger` and
/// `sandbox advance`.
///
/// Those talk to control routes (`/_sandbox/...`) whose follow answer never ends, which the
/// API client is not made for (it reads whole, bounded answers). Loopback only: the URL's host
/// must be 127.x, ::1 or localhost, so nothing here ever goes over a network, and one request
/// per connection (`Connection: close`), so an answer ends where the connection does unless it
/// is chunked.
struct LoopbackHTTP: Sendable {
    struct Answer: Sendable {
        var status: Int
        var body: Data

        /// The body as a JSON object, if it is one.
        var object: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        }
        /// `data` of the API's envelope.
        var data: [String: Any]? { object?["data"] as? [String: Any] }
    }

    enum Failure: Error, Equatable {
        case notLoopback(String)
        case cannotConnect(String)
        case broken
    }

    let host: String
    let port: Int
    /// Sent as `X-API-KEY` when set.
    var key: String?

    /// `nil` for a URL that is not `http://<loopback>:<port>`.
    init?(baseURL: String, key: String? = nil) {
        guard let components = URLComponents(string: baseURL), components.scheme == "http",
            let host = components.host, Self.isLoopback(host)
        else { return nil }
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? 80
        self.key = key
    }

    /// Seconds a one-off request waits for each part of its answer.
    static let answerTimeoutSeconds = 30

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// One request, its whole answer.
    func perform(_ method: String, _ path: String, json body: [String: Any]? = nil) throws(Failure) -> Answer {
        let payload = body.flatMap { try? JSONSerialization.data(withJSONObject: $0) }
        let socket = try openConnection()
        defer { close(socket) }
        // A sandbox that stopped answering (stopped with Ctrl-Z, stuck) must not hang the
        // command: no read waits longer than this. Follows wait on purpose and set none.
        var timeout = timeval(tv_sec: Self.answerTimeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        try sendAll(socket, request(method, path, body: payload))
        var reader = AnswerReader()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            reader.feed(chunk[..<count])
        }
        guard let status = reader.status else { throw .broken }
        return Answer(status: status, body: Data(reader.takeBody()))
    }

    /// A request whose answer is read as it comes, line by line, until it ends or
    /// `stopper` is fired. Returns the status.
    func stream(_ path: String, stopper: StreamStopper, line: (String) -> Void) throws(Failure) -> Int {
        let socket = try openConnection()
        stopper.watch(socket)
        defer {
            stopper.forget()
            close(socket)
        }
        try sendAll(socket, request("GET", path, body: nil))
        var reader = AnswerReader()
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !stopper.fired {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            reader.feed(chunk[..<count])
            pending += reader.takeBody()
            while let newline = pending.firstIndex(of: 0x0A) {
                line(String(decoding: pending[..<newline], as: UTF8.self))
                pending.removeSubrange(...newline)
            }
        }
        guard let status = reader.status else {
            if stopper.fired { return 0 }
            throw .broken
        }
        return status
    }

    private func request(_ method: String, _ path: String, body: Data?) -> [UInt8] {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(shownHost):\(port)\r\nConnection: close\r\n"
        head += "Accept: application/json\r\nUser-Agent: senfenico-cli\r\n"
        if let key { head += "X-API-KEY: \(key)\r\n" }
        if let body {
            head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n"
        } else if method != "GET" {
            head += "Content-Length: 0\r\n"
        }
        return Array((head + "\r\n").utf8) + (body.map { Array($0) } ?? [])
    }

    private func openConnection() throws(Failure) -> Int32 {
        var hints = addrinfo()
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw .cannotConnect("\(host):\(port)")
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let address = entry {
            let info = address.pointee
            entry = info.ai_next
            guard let socketAddress = info.ai_addr, Self.isLoopback(socketAddress) else { continue }
            let descriptor = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
            guard descriptor >= 0 else { continue }
            if connect(descriptor, socketAddress, info.ai_addrlen) == 0 { return descriptor }
            close(descriptor)
        }
        throw .cannotConnect("\(host):\(port)")
    }

    /// Whether a resolved address is a loopback one: `localhost` could be made to resolve elsewhere.
    private static func isLoopback(_ address: UnsafeMutablePointer<sockaddr>) -> Bool {
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            let ipv4 = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr.s_addr }
            return UInt32(bigEndian: ipv4) >> 24 == 127
        case AF_INET6:
            let bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
            }
            return bytes == [UInt8](repeating: 0, count: 15) + [1]
        default:
            return false
        }
    }

    private func sendAll(_ socket: Int32, _ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { throw .broken }
            offset += sent
        }
    }
}

/// Reads an HTTP/1.1 answer as its bytes arrive: the status line and headers, then the body,
/// undoing chunked transfer encoding.
struct AnswerReader {
    private var buffer: [UInt8] = []
    private(set) var status: Int?
    private var chunked = false
    private var headersDone = false
    /// Bytes still to read of the current chunk, or `nil` between chunks.
    private var chunkLeft: Int?
    private var body: [UInt8] = []

    mutating func feed(_ bytes: ArraySlice<UInt8>) {
        buffer += bytes
        if !headersDone {
            guard let end = Self.find([13, 10, 13, 10], in: buffer) else { return }
            let head = String(decoding: buffer[..<end], as: UTF8.self)
            buffer.removeSubrange(..<(end + 4))
            headersDone = true
            let lines = head.components(separatedBy: "\r\n")
            status = lines.first.flatMap { line in
                let parts = line.split(separator: " ")
                return parts.count >= 2 ? Int(parts[1]) : nil
            }
            chunked = lines.dropFirst().contains { line in
                let lower = line.lowercased()
                return lower.hasPrefix("transfer-encoding:") && lower.contains("chunked")
            }
        }
        guard chunked else {
            body += buffer
            buffer.removeAll()
            return
        }
        while true {
            if let left = chunkLeft {
                // The chunk's data, then its CRLF.
                guard buffer.count >= left + 2 else {
                    let take = min(left, buffer.count)
                    body += buffer[..<take]
                    buffer.removeSubrange(..<take)
                    chunkLeft = left - take
                    return
                }
                body += buffer[..<left]
                buffer.removeSubrange(..<(left + 2))
                chunkLeft = nil
            } else {
                guard let end = Self.find([13, 10], in: buffer) else { return }
                let sizeText = String(decoding: buffer[..<end], as: UTF8.self).split(separator: ";").first ?? ""
                buffer.removeSubrange(..<(end + 2))
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else {
                    buffer.removeAll()
                    return
                }
                chunkLeft = size
            }
        }
    }

    /// The body bytes decoded so far that were not taken yet.
    mutating func takeBody() -> [UInt8] {
        defer { body.removeAll() }
        return body
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}

/// Ends a ``LoopbackHTTP/stream(_:stopper:line:)`` from another thread (a Ctrl-C): shutting
/// the socket down wakes the blocked read.
final class StreamStopper: Sendable {
    private let state = Mutex<(fired: Bool, socket: Int32?)>((false, nil))

    var fired: Bool { state.withLock { $0.fired } }

    func fire() {
        let socket = state.withLock { state -> Int32? in
            state.fired = true
            return state.socket
        }
        if let socket { shutdown(socket, Int32(SHUT_RDWR)) }
    }

    fileprivate func watch(_ socket: Int32) {
        let fired = state.withLock { state -> Bool in
            state.socket = socket
            return state.fired
        }
        if fired { shutdown(socket, Int32(SHUT_RDWR)) }
    }

    fileprivate func forget() {
        state.withLock { $0.socket = nil }
    }
}
