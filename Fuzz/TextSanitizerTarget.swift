// libFuzzer target: TextSanitizer's promises on arbitrary text (see Fuzz/README.md).
//
// The first byte picks the `message` limit (0...255); the rest, read as UTF-8 (invalid bytes
// become U+FFFD), is the text. Checked:
// - `clean` and `message` keep no C0 control (0x00-0x1F), no DEL/C1 (0x7F-0x9F), no bidi
//   mark, embedding, override or isolate; `terminalSafe` the same except line feed and tab;
// - `clean`, `terminalSafe` are idempotent;
// - `message(x, limit:)` has at most limit + 1 characters (the cut adds "…");
// - `cut(x, to:)` has at most limit + 1 characters and is a prefix of x when it does not end in "…";
// - `maskingKeys` and `message` leave no `sk_test_`/`sk_live_` followed by 12 or more key
//   characters (ASCII letters, digits, `_`, `-`).
// With FUZZ_STRICT=1 in the environment, also (known to fail on the sanitiser of 30 Nov 2026):
// - `maskingKeys` is idempotent (masking a masked key must not add another "…");
// - no key shows through invisible characters: the check is repeated with format characters
//   (Cf: zero-width joiner, word joiner, ...) and combining marks (Mn) removed.

@testable import SenfenicoAPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private let strict = getenv("FUZZ_STRICT").map { String(cString: $0) == "1" } ?? false

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextSanitizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let limit = Int(data[0])
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)

    let clean = TextSanitizer.clean(text)
    check(clean, keepingLines: false, "clean")
    require(TextSanitizer.clean(clean) == clean, "clean is not idempotent", text)

    let safe = TextSanitizer.terminalSafe(text)
    check(safe, keepingLines: true, "terminalSafe")
    require(TextSanitizer.terminalSafe(safe) == safe, "terminalSafe is not idempotent", text)

    let message = TextSanitizer.message(text, limit: limit)
    check(message, keepingLines: false, "message")
    require(message.count <= limit + 1, "message longer than limit + 1 (\(message.count) > \(limit + 1))", text)
    require(!hasUnmaskedKey(message), "message shows a key", text)
    let defaultMessage = TextSanitizer.message(text)
    require(defaultMessage.count <= TextSanitizer.messageLimit + 1, "message over messageLimit + 1", text)
    require(!hasUnmaskedKey(defaultMessage), "message shows a key", text)

    let cut = TextSanitizer.cut(text, to: limit)
    require(cut.count <= limit + 1, "cut longer than limit + 1", text)
    require(cut == text || (cut.hasSuffix("…") && text.hasPrefix(cut.dropLast())), "cut is not a prefix", text)

    let masked = TextSanitizer.maskingKeys(text)
    require(!hasUnmaskedKey(masked), "maskingKeys leaves a key", text)
    require(!hasUnmaskedKey(TextSanitizer.maskingKeys(clean)), "maskingKeys(clean) leaves a key", text)

    if strict {
        require(TextSanitizer.maskingKeys(masked) == masked, "maskingKeys is not idempotent", text)
        require(!hasUnmaskedKey(visible(message)), "message shows a key through invisible characters", text)
        require(!hasUnmaskedKey(visible(masked)), "maskingKeys leaves a key behind invisible characters", text)
    }
    return 0
}

private func require(_ condition: Bool, _ what: String, _ input: String) {
    guard !condition else { return }
    let escaped = input.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()
    fatalError("\(what); input: \"\(escaped)\"")
}

private func check(_ output: String, keepingLines: Bool, _ name: String) {
    for scalar in output.unicodeScalars {
        let value = scalar.value
        let allowedLine = keepingLines && (value == 0x0A || value == 0x09)
        let forbidden =
            (value < 0x20 && !allowedLine) || (0x7F...0x9F).contains(value) || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        if forbidden {
            fatalError("\(name) kept U+\(String(value, radix: 16, uppercase: true)) in \"\(output.debugDescription)\"")
        }
    }
}

/// The text without format characters and combining marks: what a reader sees of the letters.
private func visible(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        switch scalar.properties.generalCategory {
        case .format, .nonspacingMark, .enclosingMark: continue
        default: scalars.append(scalar)
        }
    }
    return String(scalars)
}

/// `sk_test_`/`sk_live_` followed by 12 or more key characters, scalar by scalar.
func hasUnmaskedKey(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    let prefixes = [Array("sk_test_".unicodeScalars), Array("sk_live_".unicodeScalars)]
    var index = 0
    while index < scalars.count {
        for prefix in prefixes where scalars[index...].starts(with: prefix) {
            var run = 0
            var next = index + prefix.count
            while next < scalars.count, isKeyScalar(scalars[next]) {
                run += 1
                next += 1
            }
            if run >= 12 { return true }
        }
        index += 1
    }
    return false
}

private func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
    default: false
    }
}
