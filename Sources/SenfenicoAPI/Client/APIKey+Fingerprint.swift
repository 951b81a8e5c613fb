import Crypto

extension APIKey {
    /// The first 12 hexadecimal digits of the key's SHA-256: tells accounts apart in the local
    /// journal without keeping the key, and cannot be turned back into it. swift-crypto is
    /// already in the build (AsyncHTTPClient's TLS stack depends on it), so it costs nothing.
    public var fingerprint: String {
        SHA256.hash(data: Array(secret.utf8)).prefix(6).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
