/// The last answer of each list endpoint with its `ETag`, so that an unchanged list costs one
/// `304 Not Modified` instead of megabytes (a dashboard left open all day on a big account).
actor ListCache {
    private var entries: [String: (etag: String, value: any Sendable)] = [:]

    func etag(for path: String) -> String? {
        entries[path]?.etag
    }

    func value<Value: Sendable>(for path: String, as type: Value.Type) -> Value? {
        entries[path]?.value as? Value
    }

    func store(_ value: some Sendable, etag: String, for path: String) {
        entries[path] = (etag, value)
    }
}
