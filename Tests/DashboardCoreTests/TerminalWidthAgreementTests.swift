import Testing

@testable import DashboardCore

#if canImport(Glibc)
    import Glibc

    /// `TerminalWidth` must agree with what ncurses draws, and ncurses places characters by glibc's
    /// `wcwidth`: every code point is compared with it under `C.UTF-8`.
    ///
    /// Where `wcwidth` says -1 (not printable) the expected width is what ncurses does with it:
    /// - C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F): 0. The one deliberate
    ///   difference for a single code point: ncurses would draw `^X` or `~X`, but `TextSanitizer`
    ///   removes them before drawing.
    /// - anything else (unassigned in glibc's Unicode data, noncharacters, U+2028, U+2029): 1, the
    ///   single cell `mvadd_wch` gives it.
    ///
    /// Grapheme clusters are not `wcwidth`'s business: `TerminalWidth.of(Character)` keeps its
    /// rules (the first scalar's width; 2 for an emoji presentation selector or a flag), which
    /// follow how terminals draw emoji rather than ncurses' count of 1 for those.
    ///
    /// Only on Linux: the tables are glibc's, and macOS's `wcwidth` is another table.
    @Suite struct TerminalWidthAgreementTests {
        typealias WidthFunction = @convention(c) (wchar_t) -> Int32

        /// glibc's `wcwidth`, looked up at run time: Swift's Glibc module does not declare it (the
        /// header hides it behind `_XOPEN_SOURCE`).
        static func glibcWcwidth() -> WidthFunction? {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { return nil }
            return unsafeBitCast(symbol, to: WidthFunction.self)
        }

        /// The columns ncurses gives `value`, which `wcwidth` measured as `measured`.
        static func expectedWidth(of value: UInt32, measured: Int32) -> Int {
            if measured >= 0 { return Int(measured) }
            return value < 0x20 || (0x7F...0x9F).contains(value) ? 0 : 1
        }

        static func hex(_ value: UInt32) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }

        @Test func everyCodePointAgreesWithWcwidthUnderCUTF8() throws {
            let wcwidth = try #require(Self.glibcWcwidth(), "glibc's wcwidth was not found with dlsym")
            // `C.UTF-8` for this thread only (`newlocale` + `uselocale`, which `wcwidth` follows):
            // `setlocale` would change the locale under every other test running in parallel.
            let locale = try #require(
                newlocale(1 << LC_CTYPE, "C.UTF-8", nil),
                "The C.UTF-8 locale is missing (glibc ships it from 2.35 on; Debian 12 and CI have it): cannot compare")
            let previous = uselocale(locale)
            defer {
                uselocale(previous)
                freelocale(locale)
            }
            try #require(wcwidth(0x4E00) == 2, "wcwidth does not measure with C.UTF-8: U+4E00 should be 2 columns")

            var mismatchCount = 0
            var firstMismatches: [String] = []
            // A `while` loop: iterating a 1.1 million element range is several times slower in debug.
            var value: UInt32 = 0
            while value <= 0x10FFFF {
                if let scalar = Unicode.Scalar(value) {
                    let measured = wcwidth(wchar_t(bitPattern: value))
                    let expected = Self.expectedWidth(of: value, measured: measured)
                    let actual = TerminalWidth.of(scalar)
                    if actual != expected {
                        mismatchCount += 1
                        if firstMismatches.count < 12 {
                            firstMismatches.append(
                                "U+\(Self.hex(value)): TerminalWidth \(actual), wcwidth \(measured) (expected \(expected))"
                            )
                        }
                    }
                }
                value += 1
            }
            if mismatchCount > 0 {
                Issue.record(
                    Comment(
                        rawValue: "\(mismatchCount) code points disagree with wcwidth under C.UTF-8; the first:\n"
                            + firstMismatches.joined(separator: "\n")
                            + "\n\nThe tables of TerminalWidth.swift regenerated from this glibc:\n"
                            + Self.generatedTables(wcwidth)))
            }
        }

        /// Not locale-dependent: the tables' shape, and the widths this file's mapping promises.
        @Test func tablesAreSortedDisjointAndKeepTheirPromises() {
            for table in [TerminalWidth.zeroWidthRanges, TerminalWidth.wideRanges] {
                #expect(table.first.map { $0.lowerBound >= 0x300 } ?? false)
                #expect(zip(table, table.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
            }
            #expect(
                !TerminalWidth.zeroWidthRanges.contains { zero in
                    TerminalWidth.wideRanges.contains { $0.overlaps(zero) }
                })
            let widths: [(UInt32, Int)] = [
                (0x00, 0), (0x1B, 0), (0x41, 1), (0x7F, 0), (0x9B, 0), (0xAD, 1), (0xE9, 1), (0x0301, 0),
                (0x0378, 1), (0x1160, 0), (0x200B, 0), (0x2028, 1), (0x4E00, 2), (0xAC00, 2), (0xFE0F, 0),
                (0xFF21, 2), (0x1F1E7, 1), (0x1F3FB, 2), (0x1F600, 2), (0x20000, 2), (0xE0001, 0),
            ]
            for (value, width) in widths {
                #expect(TerminalWidth.of(Unicode.Scalar(value)!) == width, "U+\(Self.hex(value))")
            }
            // Clusters: the first scalar's width, widened for emoji presentation and flags.
            #expect(TerminalWidth.of("e\u{301}" as Character) == 1)
            #expect(TerminalWidth.of("\u{2764}\u{FE0F}" as Character) == 2)
            #expect(TerminalWidth.of("🇧🇫" as Character) == 2)
            #expect(TerminalWidth.of("\u{1F1E7}" as Character) == 1)
            #expect(TerminalWidth.of("a\u{7}b\u{1F600}" as String) == 4)
        }

        /// The two tables as Swift literals, in the layout of TerminalWidth.swift.
        static func generatedTables(_ wcwidth: WidthFunction) -> String {
            var zero: [ClosedRange<UInt32>] = []
            var wide: [ClosedRange<UInt32>] = []
            var value: UInt32 = 0x300
            while value <= 0x10FFFF {
                if Unicode.Scalar(value) != nil {
                    switch expectedWidth(of: value, measured: wcwidth(wchar_t(bitPattern: value))) {
                    case 0: extend(&zero, with: value)
                    case 2: extend(&wide, with: value)
                    default: break
                    }
                }
                value += 1
            }
            return literal("zeroWidthRanges", zero) + "\n" + literal("wideRanges", wide)
        }

        private static func extend(_ ranges: inout [ClosedRange<UInt32>], with value: UInt32) {
            if let last = ranges.last, last.upperBound + 1 == value {
                ranges[ranges.count - 1] = last.lowerBound...value
            } else {
                ranges.append(value...value)
            }
        }

        private static func literal(_ name: String, _ ranges: [ClosedRange<UInt32>]) -> String {
            var text = "    static let \(name): [ClosedRange<UInt32>] = [\n"
            var line = "       "
            for range in ranges {
                let item = " 0x\(hex(range.lowerBound))...0x\(hex(range.upperBound)),"
                if line.count + item.count > 120 {
                    text += line + "\n"
                    line = "       "
                }
                line += item
            }
            return text + line + "\n    ]\n"
        }
    }
#endif
