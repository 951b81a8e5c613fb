import SenfenicoAPI
import Testing

@testable import DashboardCore

@Suite struct ScreenTests {
    @Test func widths() {
        #expect(TerminalWidth.of("abc") == 3)
        #expect(TerminalWidth.of("été") == 3)
        #expect(TerminalWidth.of("e\u{301}t\u{301}e\u{301}") == 3)
        #expect(TerminalWidth.of("支付") == 4)
        #expect(TerminalWidth.of("テスト") == 6)
        #expect(TerminalWidth.of("😀") == 2)
        #expect(TerminalWidth.of("\u{200B}") == 0)
        #expect(TerminalWidth.of("🇧🇫") == 2)
        #expect(TerminalWidth.of("👍🏾") == 2)
    }

    @Test func sanitizerStripsControlsAndEscapes() {
        #expect(TextSanitizer.clean("a\u{1B}[31mred\u{1B}[0m") == "ared")
        #expect(TextSanitizer.clean("x\u{1B}]0;title\u{07}y") == "xy")
        #expect(TextSanitizer.clean("x\u{1B}]0;title\u{1B}\\y") == "xy")
        #expect(TextSanitizer.clean("a\u{07}b\u{7F}c\u{9B}2Jd") == "abcd")
        #expect(TextSanitizer.clean("line\nnext\ttab") == "line next tab")
        #expect(TextSanitizer.clean("Aïcha — été") == "Aïcha — été")
        #expect(TextSanitizer.clean("ref\u{202E}cba") == "refcba")
    }

    @Test func writesAreClampedAtAnySize() {
        for (width, height) in [(0, 0), (1, 1), (3, 2)] {
            var screen = Screen(width: width, height: height)
            screen.write("hello", x: -2, y: 0)
            screen.write("hello", x: 1, y: 1)
            screen.write("hello", x: 0, y: -1)
            screen.write("hello", x: 0, y: 5)
            screen.fill(Rect(x: -5, y: -5, width: 100, height: 100), with: "#")
            #expect(screen.lines.count == height)
            #expect(screen.lines.allSatisfy { $0.count == width })
        }
        var screen = Screen(width: 4, height: 1)
        #expect(screen.write("abcdef", x: 1, y: 0) == 3)
        #expect(screen.lines == [" abc"])
        #expect(Screen(width: -3, height: -1).cells.isEmpty)
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = Screen(width: 5, height: 1)
        #expect(screen.write("a支b", x: 0, y: 0) == 4)
        #expect(screen[1, 0]?.text == "支")
        #expect(screen[2, 0]?.isContinuation == true)
        #expect(screen.lines == ["a支b "])
        // A wide character that would cross the edge is not drawn.
        var edge = Screen(width: 3, height: 1)
        #expect(edge.write("ab支", x: 0, y: 0) == 2)
        #expect(edge.lines == ["ab "])
    }

    @Test func overwritingHalfAWideCharacterResetsTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.write("支付", x: 0, y: 0)
        screen.write("x", x: 1, y: 0)
        #expect(screen.lines == [" x付"])
        screen.write("y", x: 2, y: 0)
        #expect(screen.lines == [" xy "])
        #expect(screen.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var screen = Screen(width: 4, height: 1)
        screen.write("e\u{301}a", x: 0, y: 0)
        #expect(screen[0, 0]?.text == "e\u{301}")
        #expect(screen.lines == ["e\u{301}a  "])
        // A mark written on its own joins what is already on the left.
        screen.write("\u{300}", x: 2, y: 0)
        #expect(screen[1, 0]?.text == "a\u{300}")
    }

    @Test func theShortcutsDrawWhatTheGeneralWayDraws() {
        // Pieces that take each way of `write`: printable ASCII (a byte a cell), borders, Latin
        // and symbols (a scalar a cell), and what needs grapheme clusters (marks, emoji, flags,
        // joiners, wide characters), over a background holding wide characters to cut in two.
        let pieces = [
            "abc", " ", "18 692 F CFA", "é", "Ça", "─", "┌", "│", "▸", "…", "›", "—", "▁▂█", "€", "°", "«»", "\u{AD}",
            "e\u{301}", "\u{300}", "支付", "😀", "🇧🇫", "👩\u{200D}💻", "\u{200B}", "⌚", "⌚\u{FE0F}", "◽", "ß", "ﬁ", "\u{1}",
            "\u{1B}[31m", "\u{2028}", "\u{2066}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            let x = Int.random(in: -3...10, using: &generator)
            let maxWidth = Bool.random(using: &generator) ? nil : Int.random(in: 0...12, using: &generator)
            var background = Screen(width: 12, height: 1)
            background.write("支a付b😀cd", x: Int.random(in: 0...3, using: &generator), y: 0)
            var shortcut = background
            var general = background
            let used = shortcut.write(text, x: x, y: 0, style: Style(bold: true), maxWidth: maxWidth)
            let limit = min(12, x + max(0, maxWidth ?? 12))
            let expected = general.writeEachCharacter(
                TextSanitizer.clean(text), x: x, y: 0, style: Style(bold: true), limit: limit)
            #expect(used == expected, "\(text.debugDescription) at \(x), max \(String(describing: maxWidth))")
            #expect(shortcut == general, "\(text.debugDescription) at \(x), max \(String(describing: maxWidth))")
        }
    }

    @Test func changesListOnlyDifferentCells() {
        var before = Screen(width: 5, height: 2)
        before.write("hello", x: 0, y: 0)
        var after = before
        after.write("J", x: 0, y: 0)
        after.write("!", x: 4, y: 1, style: Style(bold: true))
        let changes = after.changes(since: before)
        #expect(changes.map { [$0.x, $0.y] } == [[0, 0], [4, 1]])
        #expect(after.changes(since: after).isEmpty)
        #expect(after.changes(since: Screen(width: 1, height: 1)).count == 10)
        #expect(after.changes(since: nil).count == 10)
    }

    @Test func fitTruncatesByColumns() {
        #expect(TextFit.fit("支付测试", width: 5) == "支付…")
        #expect(TextFit.fit("été", width: 5, alignRight: true) == "  été")
        #expect(TextFit.fit("abcdef", width: 4) == "abc…")
        #expect(TextFit.fit("abc", width: 0) == "")
    }

    @Test func sparklineScalesExactly() {
        let samples = [0, 50, 100].map { Money(francs: $0) }
        #expect(Sparkline.render(samples, width: 10) == "▁▄█")
        #expect(Sparkline.render(samples, width: 2) == "▁█")
        #expect(Sparkline.render([Money(francs: 5), Money(francs: 5)], width: 4) == "▁▁")
        #expect(Sparkline.render([], width: 4) == "")
        #expect(Sparkline.render([Money(hundredths: .min / 2), Money(hundredths: .max / 2)], width: 4) == "▁█")
    }
}
