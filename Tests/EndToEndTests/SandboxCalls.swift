import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Calls made from outside the dashboard, as another till or a developer's curl would.
enum SandboxCalls {
    /// The embedded sandbox's key, documented in the README; not a secret.
    static let embeddedKey = "sk_test_embedded_sandbox"

    /// A port free right now, for `--sandbox-port`.
    static func freePort() throws -> Int {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw EndToEndFailure("socket() failed") }
        defer { close(socketDescriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socketDescriptor, pointer, length) == 0 && getsockname(socketDescriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw EndToEndFailure("cannot bind a loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// POST /v1/payment/charges/ on the sandbox at `port`; the answer's text.
    static func charge(port: Int, amount: Int, phone: String, provider: String) async throws -> String {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/payment/charges/")!)
        request.httpMethod = "POST"
        request.setValue(embeddedKey, forHTTPHeaderField: "X-API-KEY")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let details = #"{"phone": "\#(phone)", "provider": "\#(provider)"}"#
        let body = #"{"amount": "\#(amount)", "currency": "XOF", "payment_method": "mobile_money", "#
        request.httpBody = Data((body + #""payment_method_details": \#(details)}"#).utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        return String(decoding: data, as: UTF8.self)
    }

    /// DELETE /_sandbox/faults: the line comes back.
    static func clearFaults(port: Int) async throws {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/_sandbox/faults")!)
        request.httpMethod = "DELETE"
        _ = try await URLSession.shared.data(for: request)
    }
}
