/// `{"status": ..., "message": ..., "data": ..., "error_code": ..., "errors": ..., "failed_transfers": ...}`:
/// the frame every answer of the API comes in.
struct Envelope<Payload> {
    var status: Bool?
    var message: String?
    var errorCode: APIErrorCode?
    var errors: [String: [String]] = [:]
    var data: Payload?
    var failedTransfers: [FailedTransfer]?

    /// Reads an envelope, handing the `data` member to `readData` wherever it appears.
    static func read(
        _ bytes: UnsafeRawBufferPointer,
        data readData: (inout JSONReader) throws -> Payload
    ) throws -> Envelope {
        var reader = JSONReader(bytes)
        var envelope = Envelope()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "status") {
                envelope.status = try reader.readBool()
            } else if reader.matches(key, "message") {
                envelope.message = try reader.readMessage()
            } else if reader.matches(key, "error_code") {
                envelope.errorCode = try reader.readOptionalString().map(APIErrorCode.init(rawValue:))
            } else if reader.matches(key, "errors") {
                envelope.errors = try reader.readErrorMap()
            } else if reader.matches(key, "failed_transfers") {
                envelope.failedTransfers = try reader.readArray()
            } else if reader.matches(key, "data") {
                if try reader.consumeNull() { continue }
                envelope.data = try readData(&reader)
            } else {
                try reader.skipValue()
            }
        }
        return envelope
    }
}

extension JSONReader {
    /// `message` is a string in every sample, but a validation answer may carry a list or an
    /// object; any of them is turned into one readable line.
    mutating func readMessage() throws -> String? {
        switch try peek() {
        case UInt8(ascii: "\""): return try readString()
        case UInt8(ascii: "n"):
            _ = try consumeNull()
            return nil
        default:
            let map = try readErrorMap()
            return map.keys.sorted().map { key in
                let text = map[key, default: []].joined(separator: " ")
                return key == "non_field_errors" ? text : "\(key): \(text)"
            }.joined(separator: "; ")
        }
    }
}
