// libFuzzer target: arbitrary bytes as the API's answer envelope, read the way the client reads
// them (see scripts/fuzz and Fuzz/README.md). Built with `swiftc -sanitize=fuzzer,address`
// against a copy of SenfenicoAPI compiled with `-enable-testing`; never part of `swift test`.
//
// The first byte picks the shape (its value modulo 16); the rest is the body. 0-5: the envelope
// of one object; 6, 7: a list of charges or transfers; 8-15: the rest is one charge, repeated
// in `{"data": [...]}` past 64 KiB so that ListStreamDecoder's dropping of consumed bytes runs.
// Checked besides "no crash": a list body streamed through ListStreamDecoder in random chunk
// sizes decodes exactly as the same body fed at once (same rows, same envelope, same success
// or failure).

@testable import SenfenicoAPI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let selector = data[0]
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    switch selector % 16 {
    case 0: keep(try? Envelope.read(body, data: Charge.read))
    case 1: keep(try? Envelope.read(body, data: Transfer.read))
    case 2: keep(try? Envelope.read(body, data: Balances.read))
    case 3: keep(try? Envelope.read(body, data: ChargeAttempt.read))
    case 4: keep(try? Envelope.read(body, data: Settlement.read))
    case 5: keep(try? Envelope.read(body, data: Checkout.read))
    case 6: streamed(Charge.self, body, seed: selector)
    case 7: streamed(Transfer.self, body, seed: selector)
    default: longList(element: body, seed: selector)
    }
    return 0
}

/// What a list decode ended with, comparable across chunkings.
private struct ListOutcome<Element: Hashable>: Equatable {
    var elements: [Element]
    var sawDataArray: Bool
    var status: Bool?
    var message: String?
    var errorCode: String?
    var errors: [String: [String]]
    var failed: Bool
}

private func decodeList<Element: JSONReadable & Hashable>(
    _: Element.Type, _ body: UnsafeRawBufferPointer, chunkSizes: () -> Int
) -> ListOutcome<Element> {
    var decoder = ListStreamDecoder<Element>()
    var failed = false
    do {
        var offset = 0
        while offset < body.count {
            let end = min(body.count, offset + chunkSizes())
            try decoder.feed(UnsafeRawBufferPointer(rebasing: body[offset..<end]))
            offset = end
        }
        try decoder.finish()
    } catch {
        failed = true
    }
    precondition(decoder.totalBytes <= body.count)
    return ListOutcome(
        elements: failed ? [] : decoder.elements, sawDataArray: failed ? false : decoder.sawDataArray,
        status: failed ? nil : decoder.envelope.status, message: failed ? nil : decoder.envelope.message,
        errorCode: failed ? nil : decoder.envelope.errorCode?.rawValue,
        errors: failed ? [:] : decoder.envelope.errors, failed: failed)
}

/// `{"data": [E, E, ...]}` a little over 64 KiB, streamed in chunks of up to 4 KiB.
private func longList(element: UnsafeRawBufferPointer, seed: UInt8) {
    guard !element.isEmpty else { return }
    var body = Array(#"{"status": true, "data": ["#.utf8)
    let copies = 70_000 / element.count + 1
    for index in 0..<copies {
        if index > 0 { body.append(UInt8(ascii: ",")) }
        body.append(contentsOf: element)
    }
    body.append(contentsOf: Array("]}".utf8))
    body.withUnsafeBytes { streamed(Charge.self, $0, seed: seed, largestChunk: 4096) }
}

private func streamed<Element: JSONReadable & Hashable>(
    _ type: Element.Type, _ body: UnsafeRawBufferPointer, seed: UInt8, largestChunk: UInt32 = 64
) {
    let whole = decodeList(type, body) { max(body.count, 1) }
    // A small xorshift generator: chunks of 1 to `largestChunk` bytes, the same for the same input.
    var state = UInt32(seed) &* 2_654_435_761 | 1
    let chunked = decodeList(type, body) {
        state ^= state << 13
        state ^= state >> 17
        state ^= state << 5
        return Int(state % largestChunk) + 1
    }
    // One byte at a time re-reads the row in progress on every byte: kept to small bodies.
    let byteAtATime = body.count <= 512 ? decodeList(type, body) { 1 } : whole
    guard whole == chunked, whole == byteAtATime else {
        fatalError(
            "list decoded differently by chunks: whole=\(whole.failed ? "failed" : "\(whole.elements.count) rows") "
                + "chunked=\(chunked.failed ? "failed" : "\(chunked.elements.count) rows") "
                + "byte-at-a-time=\(byteAtATime.failed ? "failed" : "\(byteAtATime.elements.count) rows")")
    }
}

/// Keeps a result the optimiser could otherwise drop with the traps it may raise.
@_optimize(none)
private func keep<T>(_ value: T) {}
