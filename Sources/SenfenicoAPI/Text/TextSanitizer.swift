/// The one sanitiser for text that came from a server (or a file) and is about to reach a
/// terminal, a log, a CSV cell or the clipboard. A reference, ext_id, display_text or error
/// message could carry escape sequences that write the clipboard (OSC 52), retitle the window,
/// clear the screen or reorder what is read (bidi overrides); a hostile or broken server could
/// echo a secret key back. Every path out of the program goes through here.
public enum TextSanitizer {
    /// The longest server message shown anywhere (an error's `message`, a display_text): enough
    /// for any sentence Senfenico writes, short enough that a 50 MB message does not flood a log.
    public static let messageLimit = 300

    /// One line, safe to draw: C0/C1 controls and whole ESC sequences (CSI `ESC [ … final`, OSC
    /// `ESC ] … BEL/ST`, DCS/APC/PM, two-character escapes) and bidirectional overrides removed;
    /// tabs and line breaks become spaces so a row stays one line.
    public static func clean(_ text: String) -> String {
        filtered(text, keepingLines: false)
    }

    /// As `clean`, but line breaks and tabs are kept: for whole blocks of output (a command's
    /// table or detail lines) written to a terminal.
    public static func terminalSafe(_ text: String) -> String {
        filtered(text, keepingLines: true)
    }

    /// `clean`, any secret key masked, and cut to `limit` characters with `…`: how a server's
    /// sentence is shown to a person.
    public static func message(_ text: String, limit: Int = messageLimit) -> String {
        cut(maskingKeys(clean(cut(text, to: limit * 4))), to: limit)
    }

    /// At most `limit` characters; a cut text ends with `…`. Cheap on huge input: only the
    /// first `limit + 1` characters are looked at.
    public static func cut(_ text: String, to limit: Int) -> String {
        var index = text.startIndex
        var count = 0
        while index < text.endIndex {
            if count == limit { return String(text[..<index]) + "…" }
            index = text.index(after: index)
            count += 1
        }
        return text
    }

    /// Anything shaped like a Senfenico secret key (`sk_test_`, `sk_live_` followed by key
    /// characters) replaced by its masked form, whoever's key it is: a server that echoes the
    /// key, or another key pasted into a field, never gets printed in full. Works on Unicode
    /// scalars, not Characters, so an invisible joiner fused with the `_` cannot hide the prefix,
    /// and invisible characters inside the secret are skipped over; masking twice changes
    /// nothing (`sk_test_…qrst` has no secret left to mask).
    public static func maskingKeys(_ text: String) -> String {
        guard text.utf8.count >= 8, mayHoldKey(text.utf8) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard let prefixEnd = keyPrefixEnd(scalars, at: index) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            var secret = String.UnicodeScalarView()
            var end = prefixEnd
            while end < scalars.count, isKeyScalar(scalars[end]) || isInvisible(scalars[end]) {
                if isKeyScalar(scalars[end]) { secret.append(scalars[end]) }
                end += 1
            }
            var prefixScalars = String.UnicodeScalarView()
            prefixScalars.append(contentsOf: scalars[index..<prefixEnd].filter { !isInvisible($0) })
            let prefix = String(prefixScalars)
            if secret.isEmpty {
                result.append(contentsOf: prefix.unicodeScalars)
            } else {
                let masked = APIKey(prefix + String(secret))?.masked ?? prefix + "…"
                result.append(contentsOf: masked.unicodeScalars)
            }
            index = end
        }
        return String(result)
    }

    /// A cheap look at the bytes: an `s`, a `k` and a `_` in a row, with nothing but non-ASCII
    /// bytes (invisible characters) between them. Without it there is no key to mask.
    private static func mayHoldKey(_ bytes: String.UTF8View) -> Bool {
        var matched = 0
        let wanted: [UInt8] = [UInt8(ascii: "s"), UInt8(ascii: "k"), UInt8(ascii: "_")]
        for byte in bytes {
            if byte == wanted[matched] {
                matched += 1
                if matched == wanted.count { return true }
            } else if byte < 0x80 {
                matched = byte == wanted[0] ? 1 : 0
            }
        }
        return false
    }

    /// Where `sk_test_` or `sk_live_` starting at `index` ends. Invisible characters between its
    /// letters are skipped over: `sk_<LRM>live_…` reads as a key on any screen.
    private static func keyPrefixEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard scalars[index] == "s" else { return nil }
        for prefix in ["sk_test_", "sk_live_"] {
            var position = index
            var matched = true
            for expected in prefix.unicodeScalars {
                while position < scalars.count, position > index, isInvisible(scalars[position]) { position += 1 }
                guard position < scalars.count, scalars[position] == expected else {
                    matched = false
                    break
                }
                position += 1
            }
            if matched { return position }
        }
        return nil
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// Format characters (Unicode category Cf: bidi marks and overrides, zero-width spaces and
    /// joiners, the byte-order mark, the deprecated shaping controls…): removed from server text,
    /// since they change how it reads without being seen.
    private static func isHiddenFormat(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0xAD { return false }
        // No format character lies in these two spans (Unicode 15): most drawn text (Latin,
        // box drawing, symbols) is answered without looking its category up.
        if scalar.value > 0xAD && scalar.value < 0x600 { return false }
        if scalar.value >= 0x2070 && scalar.value < 0xFEFF { return false }
        return scalar.properties.generalCategory == .format
    }

    /// Everything that shows nothing of its own: hidden format characters, soft hyphens,
    /// variation selectors, combining marks.
    /// Skipped over inside a key, so that one cannot be cut in two invisibly.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if isHiddenFormat(scalar) { return true }
        switch scalar.value {
        case 0x034F, 0xFE00...0xFE0F: return true
        default:
            // Combining marks draw on the character before them: an accent on a key's `_` leaves
            // the rest of the key readable.
            let category = scalar.properties.generalCategory
            return category == .nonspacingMark || category == .enclosingMark
        }
    }

    private static func filtered(_ text: String, keepingLines: Bool) -> String {
        // Most text (a 100 000-row table) holds nothing to remove: checked on its UTF-8 bytes
        // and returned as it is, without rebuilding it scalar by scalar.
        if !needsFiltering(text.utf8, keepingLines: keepingLines) { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        // A sequence cut short by a character that cannot belong to it hands that character
        // back, so it is shown (or filtered) like any other.
        var pending: Unicode.Scalar?
        while let scalar = pending ?? scalars.next() {
            pending = nil
            switch scalar.value {
            case 0x09, 0x0A:
                result.append(keepingLines ? scalar : " ")
            case 0x0D:
                if !keepingLines { result.append(" ") }
            case 0x1B:
                pending = skipEscape(&scalars)
            case 0x9B:
                pending = skipCSI(&scalars)
            case 0x90, 0x9D, 0x9E, 0x9F:
                pending = skipString(&scalars)
            case 0x00..<0x20, 0x7F..<0xA0:
                continue
            case _ where isHiddenFormat(scalar):
                // Bidi marks and overrides, zero-width joiners: they could make a reference read
                // differently from what it is, or hide a key's prefix.
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether the UTF-8 bytes hold anything `filtered` would change: C0 (but tab and line
    /// feed when lines are kept), DEL, C1 (`C2 80`–`C2 9F`), or any character beyond ASCII other
    /// than the common two-byte ones (Latin letters with accents) and the three-byte `E2 …` ones
    /// (U+2000–U+2FFF: punctuation, `€`, arrows, box drawing, blocks, shapes, symbols) that are
    /// not format characters. `TextSanitizerTests` checks this against every code point.
    private static func needsFiltering(_ bytes: String.UTF8View, keepingLines: Bool) -> Bool {
        var iterator = bytes.makeIterator()
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        while let byte = iterator.next() {
            switch byte {
            case 0x0A, 0x09:
                if !keepingLines { return true }
            case 0x00..<0x20, 0x7F:
                return true
            case 0xC2:
                // Only C2 80–9F (C1) and C2 AD (soft hyphen, Cf) need work; decided on the next byte.
                break
            case 0xC3...0xCB:
                break
            case 0xCC...0xF4 where byte != 0xE2:
                // Anything else beyond U+02FF may be a format character or a combining mark: the
                // careful path decides.
                return true
            case 0x80...0xBF:
                switch (beforePrevious, previous, byte) {
                case (_, 0xC2, 0x80...0x9F), (_, 0xC2, 0xAD): return true
                // U+200B–U+200F, U+202A–U+202E, U+2060–U+206F: the format characters of `E2 …`.
                case (0xE2, 0x80, 0x8B...0x8F), (0xE2, 0x80, 0xAA...0xAE), (0xE2, 0x81, 0xA0...0xAF): return true
                default: break
                }
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let next = scalars.next() else { return nil }
        switch next {
        case "[": return skipCSI(&scalars)
        case "]", "P", "_", "^", "X": return skipString(&scalars)
        // Two-character escapes (`ESC c`, `ESC 7`…) end with any printable ASCII; anything else
        // (a line break, a letter beyond ASCII) was not part of it.
        case _ where (0x20...0x7E).contains(next.value): return nil
        default: return next
        }
    }

    /// Parameter (0x30–0x3F) and intermediate (0x20–0x2F) characters up to a final one in
    /// `@`…`~`, as a terminal reads them; any other character ends the sequence and is handed
    /// back (a stray CSI must not swallow the text and line break after it).
    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x20...0x3F: continue
            case 0x40...0x7E: return nil
            default: return scalar
            }
        }
        return nil
    }

    /// A string terminated by BEL or ST (`ESC \` or 0x9C). A line break also ends it here and is
    /// handed back, so an unterminated string cannot hide every line after it.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return nil
            case 0x0A, 0x0D: return scalar
            case 0x1B:
                _ = scalars.next()
                return nil
            default: continue
            }
        }
        return nil
    }
}
