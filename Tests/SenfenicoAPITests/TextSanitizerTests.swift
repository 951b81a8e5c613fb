import Foundation
import SenfenicoAPI
import Testing

/// The one sanitiser: what a hostile server can put in a string never acts on a terminal, and
/// a key is never printed whole.
@Suite struct TextSanitizerTests {
    static let hostile = "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J"

    @Test func everyCodePointIsKeptOrRemovedAsItsCategorySays() {
        // The byte-level shortcut must never keep what the careful path removes: every code
        // point of the planes in use, between two letters.
        let planes = [0..<0x3_0000, 0xE_0000..<0xE_1000]
        for value in planes.joined() {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let removed =
                value < 0x20 || (0x7F..<0xA0).contains(value) || scalar.properties.generalCategory == .format
            let cleaned = TextSanitizer.clean("a" + String(scalar) + "b")
            if value == 0x09 || value == 0x0A || value == 0x0D {
                #expect(cleaned == "a b")
            } else if value == 0x1B || value == 0x90 || value == 0x9B || (0x9D...0x9F).contains(value) {
                // An escape or a string introducer takes the letter after it with it.
                #expect(!cleaned.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16))")
            } else if removed {
                #expect(cleaned == "ab", "U+\(String(value, radix: 16)) kept")
            } else {
                #expect(cleaned == "a" + String(scalar) + "b", "U+\(String(value, radix: 16)) changed")
            }
        }
    }

    @Test func escapeSequencesOfEveryKindAreRemovedWhole() {
        #expect(TextSanitizer.clean("ref" + Self.hostile + "_1") == "ref_1")
        #expect(TextSanitizer.clean("a\u{1B}P1$r\u{1B}\\b") == "ab")
        #expect(TextSanitizer.clean("a\u{9D}0;t\u{9C}b\u{9B}31mc") == "abc")
        #expect(TextSanitizer.clean("a\u{1B}Xsos\u{1B}\\b") == "ab")
        #expect(TextSanitizer.clean("x\u{202E}y\u{2066}z") == "xyz")
    }

    @Test func terminalSafeKeepsLinesAndTabsButNotCarriageReturns() {
        #expect(TextSanitizer.terminalSafe("a\tb\nc\rd\u{1B}[2Je") == "a\tb\ncde")
    }

    @Test func anyKeyShapedTextIsMasked() {
        // Built at run time: the source holds no live-shaped key.
        let live = "sk_" + "live_"
        let key = live + "ABCDEFGHIJKLMNOP1234"
        let masked = TextSanitizer.maskingKeys("key \(key), again:\(key).")
        #expect(!masked.contains(key))
        #expect(masked == "key \(live)…1234, again:\(live)…1234.")
        #expect(TextSanitizer.maskingKeys("sk_test_short") == "sk_test_…")
        #expect(TextSanitizer.maskingKeys("ask_me sk_other") == "ask_me sk_other")
    }

    @Test func aHugeMessageIsCutCheaply() {
        let huge = String(repeating: "é", count: 5_000_000)
        let started = ContinuousClock.now
        let shown = TextSanitizer.message(huge)
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(shown.count == TextSanitizer.messageLimit + 1)
        #expect(shown.hasSuffix("…"))
    }

    @Test func jsonKeepsItsMeaningWithControlsEscaped() throws {
        let raw = "{\"message\": \"a\u{1B}]0;t\u{07}b\u{9B}c\u{202E}\",\n\"n\": 1}"
        let safe = JSONText.escapingControls(raw)
        #expect(!safe.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(safe.contains("\n\"n\""))
        // The raw text is not even valid JSON (a raw ESC in a string); the escaped text is, and
        // holds the same characters.
        let after = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: Any]
        #expect(after?["message"] as? String == "a\u{1B}]0;t\u{07}b\u{9B}c\u{202E}")
        let valid = #"{"a": "plain \"quoted\" \\ text"}"#
        #expect(JSONText.escapingControls(valid) == valid)
    }
}

/// Sequences cut short and keys disguised, as the fuzzer and the hostile-server tests found them.
@Suite struct TextSanitizerEdgeTests {
    @Test func aStrayCSIEndsAtTheFirstCharacterThatCannotBelongToIt() {
        #expect(TextSanitizer.terminalSafe("ok\u{9B}\nnext line") == "ok\nnext line")
        #expect(TextSanitizer.terminalSafe("a\u{1B}[1;2\u{E9}t\nb") == "aét\nb")
        #expect(TextSanitizer.terminalSafe("x\u{1B}]0;unterminated title\nvisible") == "x\nvisible")
    }

    @Test func invisibleAndCombiningCharactersCannotHideAKey() {
        let hidden = TextSanitizer.maskingKeys("sk_\u{200E}" + "live_" + "0123456789abcdefXYZ")
        #expect(!hidden.contains("0123456789"))
        let accented = TextSanitizer.message("sk_test_\u{0301}abcdefghijklmnopqrst")
        #expect(!accented.contains("abcdefghijklmnop"))
        let selector = TextSanitizer.maskingKeys("78s\u{FE0F}k_test_9betttttttttttttt\u{0301}o@")
        #expect(!selector.contains("tttttttttttt"))
    }
}

/// The one local-time writer agrees with Foundation's calendar, across zones and centuries.
@Suite struct LocalTimeTests {
    @Test func agreesWithAFormatterEverywhere() throws {
        let zones = [
            "UTC", "Africa/Ouagadougou", "Europe/Paris", "America/St_Johns", "Asia/Kolkata", "Pacific/Kiritimati",
        ]
        for zone in zones {
            let timeZone = try #require(TimeZone(identifier: zone))
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<2_000 {
                // Whole seconds: the formatter rounds to milliseconds first (22.9996 s reads 23),
                // where the journal's exact microseconds are cut to the second.
                let seconds = Int64.random(in: -2_000_000_000...5_000_000_000, using: &generator)
                let timestamp = Timestamp(microsecondsSinceEpoch: seconds * 1_000_000)
                #expect(
                    timestamp.localText(.seconds, in: timeZone) == formatter.string(from: timestamp.date), "\(zone)")
            }
        }
        let noon = Timestamp(microsecondsSinceEpoch: 1_710_417_930_999_999)
        #expect(noon.localText(.minutes, in: TimeZone(identifier: "UTC")!) == "2024-03-14 12:05")
        #expect(noon.localText(.seconds, in: TimeZone(identifier: "UTC")!) == "2024-03-14 12:05:30")
    }
}
