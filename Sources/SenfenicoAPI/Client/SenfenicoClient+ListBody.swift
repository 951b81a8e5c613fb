import NIOCore

/// How `listBody` handed a list's answer over.
public enum ListBodyDelivery: Sendable, Equatable {
    /// Copied to the writer as it arrived, without building a model: a 2xx answer whose
    /// envelope said `"status": true` before its `data` array began. `bytes` is the body's size.
    case streamed(bytes: Int)
    /// Read whole and checked as `charges()` checks it (every row decoded): the envelope did not
    /// say `"status": true` before its `data`. Nothing was written; the body is the exchange's
    /// `responseSample` (whole when `exchangeBodyLimit` allows), as for every other call.
    case buffered
}

extension SenfenicoClient {
    /// The charge list's body for `--json`, written through `write` while it downloads, so that
    /// memory stays flat in the list's size. See `listBody`.
    public func chargeListBody(
        write: (UnsafeRawBufferPointer) -> Void
    ) async throws(SenfenicoError) -> ListBodyDelivery {
        try await listBody(.chargeList, of: Charge.self, write: write)
    }

    /// A list answer's raw body, copied to `write` chunk by chunk once it is known to be a
    /// success: the HTTP status is 2xx and the envelope's `status` (`true`) came before its
    /// `data` array (the API's order). Until then the body is read as `list` reads it, and an
    /// answer that is not such a success (a refusal, `"status": false`, an unreadable body, a
    /// `data` before the `status`) gets exactly `list`'s outcome: the same error, or `.buffered`
    /// when `list` would have succeeded. Once bytes were written, a failure is never retried
    /// (the writer would get them twice): a cut-off answer is the transport's error, and a body
    /// whose JSON does not close (brackets, strings) is unreadable (`SenfenicoError.decoding`).
    /// No `If-None-Match` is sent: the answer always has a body. `write` cannot fail: a writer
    /// that meets an error keeps it and drops what follows.
    func listBody<Element: JSONReadable & Sendable>(
        _ operation: Operation, of _: Element.Type, write: (UnsafeRawBufferPointer) -> Void
    ) async throws(SenfenicoError) -> ListBodyDelivery {
        let path = operation.path()
        let headLimit = configuration.exchangeBodyLimit
        let transport = self.transport
        return try await perform(operation, path: path) { head, responseBody, interpreter, summary in
            let successStatus = (200..<300).contains(head.status)
            var decoder = ListStreamDecoder<Element>()
            var shape = JSONShape()
            var pending: [UInt8] = []
            var streaming = false
            var undecided = successStatus
            do {
                for try await chunk in responseBody {
                    summary.bytes += chunk.readableBytes
                    let limit = streaming ? min(headLimit, BodySummary.headLimit) : headLimit
                    if summary.head.count < limit {
                        summary.head += chunk.readableBytesView.prefix(limit - summary.head.count)
                    }
                    try chunk.withUnsafeReadableBytes { raw in
                        shape.scan(raw)
                        if streaming {
                            write(raw)
                            return
                        }
                        try decoder.feed(raw)
                        guard undecided else { return }
                        pending.append(contentsOf: raw)
                        guard decoder.sawDataArray else { return }
                        undecided = false
                        guard decoder.envelope.status == true else { return }
                        streaming = true
                        pending.withUnsafeBytes { write($0) }
                        pending = []
                    }
                }
                if streaming {
                    guard shape.isComplete else {
                        return interpreter.unreadable(
                            status: head.status, reason: "the answer's JSON does not close", body: summary.head)
                    }
                    return .value(.streamed(bytes: summary.bytes))
                }
                try decoder.finish()
            } catch BodyStop.tooLarge(let received, let limit) {
                throw BodyStop.tooLarge(received: received, limit: limit)
            } catch let failure as JSONReader.Failure {
                return interpreter.unreadable(status: head.status, reason: "\(failure)", body: decoder.head)
            } catch let missing as MissingField {
                return interpreter.unreadable(
                    status: head.status, reason: "a \(missing.model) without \(missing.name)", body: decoder.head)
            } catch {
                // Bytes already written must not be written again by a retry.
                guard streaming else { throw error }
                return .failure(.transport(transport.classify(error, attempts: 1)), retryable: false, retryAfter: nil)
            }
            return interpreter.interpret(decoder.envelope, head: head) { _ in
                decoder.sawDataArray ? ListBodyDelivery.buffered : nil
            }
        }
    }
}

/// Follows a JSON text's brackets and strings, byte by byte, to tell whether it ends where its
/// top value closes (nothing but white space after). Not a validator: it catches a body cut
/// short or mangled, without reading a single value.
struct JSONShape {
    private var open: [UInt8] = []
    private var inString = false
    private var escaped = false
    private var started = false
    private var closed = false
    private(set) var broken = false

    var isComplete: Bool { started && closed && !broken && open.isEmpty && !inString }

    mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        guard !broken else { return }
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                continue
            default:
                break
            }
            if closed {
                broken = true
                return
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                open.append(byte)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let expected = byte == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
                guard open.last == expected else {
                    broken = true
                    return
                }
                open.removeLast()
                if open.isEmpty { closed = true }
            default:
                // A scalar (number, true, false, null) as the whole text is not an envelope.
                if open.isEmpty {
                    broken = true
                    return
                }
            }
            started = true
        }
    }
}
