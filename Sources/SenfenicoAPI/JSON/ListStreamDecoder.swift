/// Decodes a list answer while it downloads, keeping only the bytes of the row in progress.
///
/// The list endpoints have no pagination: 100 000 charges is a 58 MB body. Holding the body
/// and then a tree of it would cost several times that in memory; here each chunk is appended
/// to a small buffer, every complete row of `data` is decoded straight into its model, and the
/// consumed bytes are dropped. A row cut by a chunk boundary is simply read again when the
/// next chunk arrives (`JSONReader` reports `truncated`).
struct ListStreamDecoder<Element: JSONReadable> {
    private(set) var envelope = Envelope<Void>()
    private(set) var elements: [Element] = []
    private(set) var sawDataArray = false
    private var buffer: [UInt8] = []
    private var position = 0
    private var phase = Phase.start
    /// Bytes seen in all, for error reports.
    private(set) var totalBytes = 0
    /// The first bytes of the body, kept for an error report if the body is not the API's JSON.
    private(set) var head: [UInt8] = []

    private enum Phase {
        case start
        case members(first: Bool)
        case elements(first: Bool)
        case done
    }

    /// Rows decoded and kept: past this many, rows are only checked as JSON and counted (a
    /// table of the first 50 of 100 000 charges holds 50 charges, not 100 000).
    private let keep: Int
    /// Every row of `data`, kept or only counted.
    private(set) var count = 0

    init(expectedCount: Int = 0, keep: Int = .max) {
        self.keep = keep
        elements.reserveCapacity(min(expectedCount, keep))
    }

    mutating func feed(_ chunk: some Collection<UInt8>) throws {
        totalBytes += chunk.count
        if head.count < DecodingFailure.sampleLimit {
            head.append(contentsOf: chunk.prefix(DecodingFailure.sampleLimit - head.count))
        }
        buffer.append(contentsOf: chunk)
        try advance()
        // Drop what has been decoded once it outweighs what remains, so copying stays cheap.
        if position > 65_536 && position * 2 > buffer.count {
            buffer.removeFirst(position)
            position = 0
        }
    }

    /// The rows decoded since the last call, handed over and no longer held here.
    mutating func takeElements() -> [Element] {
        defer { elements.removeAll(keepingCapacity: true) }
        return elements
    }

    /// Called at the end of the body: anything left incomplete is now an error.
    mutating func finish() throws {
        try advance()
        guard case .done = phase else { throw JSONReader.Failure.truncated }
    }

    private mutating func advance() throws {
        let bytes = buffer
        try bytes.withUnsafeBytes { raw in
            var reader = JSONReader(raw, at: position)
            do {
                try step(&reader)
            } catch JSONReader.Failure.truncated {
                // Wait for more bytes; `position` still marks the last complete value.
            }
        }
    }

    private mutating func step(_ reader: inout JSONReader) throws {
        while true {
            switch phase {
            case .start:
                try reader.beginObject()
                commit(reader, .members(first: true))
            case .members(var first):
                guard let key = try reader.nextKey(first: &first) else {
                    commit(reader, .done)
                    continue
                }
                if reader.matches(key, "data") {
                    if try reader.consumeNull() {
                        commit(reader, .members(first: false))
                    } else {
                        try reader.beginArray()
                        sawDataArray = true
                        commit(reader, .elements(first: true))
                    }
                } else {
                    try readEnvelopeMember(key, &reader)
                    commit(reader, .members(first: false))
                }
            case .elements(var first):
                if try reader.nextElement(first: &first) {
                    if count < keep {
                        elements.append(try Element.read(from: &reader))
                    } else {
                        try reader.skipValue()
                    }
                    count += 1
                    commit(reader, .elements(first: false))
                } else {
                    commit(reader, .members(first: false))
                }
            case .done:
                return
            }
        }
    }

    private mutating func commit(_ reader: borrowing JSONReader, _ next: Phase) {
        position = reader.index
        phase = next
    }

    private mutating func readEnvelopeMember(_ key: JSONReader.Key, _ reader: inout JSONReader) throws {
        if reader.matches(key, "status") {
            envelope.status = try reader.readBool()
        } else if reader.matches(key, "message") {
            envelope.message = try reader.readMessage()
        } else if reader.matches(key, "error_code") {
            envelope.errorCode = try reader.readOptionalString().map(APIErrorCode.init(rawValue:))
        } else if reader.matches(key, "errors") {
            envelope.errors = try reader.readErrorMap()
        } else {
            try reader.skipValue()
        }
    }
}
