import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

@Suite struct NoticeTests {
    @Test func aRefusedThemeIsSaidOnScreenThenMakesWayForTheKeyHint() {
        var state = Fixtures.loadedState()
        let error = ThemeError(theme: "sunset", key: "palette.red", line: 3, reason: "not a colour")
        state.showNotice(LocalizedText(en: error.message(in: .english), fr: error.message(in: .french)), seconds: 20)
        let size = Size(width: 120, height: 40)
        let shown = render(state, theme: .fallback, size: size, language: .french).lines.last ?? ""
        #expect(shown.contains("sunset") && shown.contains("palette.red"), "notice missing: \(shown)")
        _ = reduce(&state, .tick(Fixtures.now.adding(seconds: 21)))
        let later = render(state, theme: .fallback, size: size, language: .french).lines.last ?? ""
        #expect(later.contains("q quitter"), "key hint not back: \(later)")
    }

    /// The day's export names its file by its whole path, wrapped over lines, never cut.
    @Test func aLongPathIsShownWholeOverSeveralLines() {
        var state = Fixtures.loadedState()
        let path =
            "/home/caissier/.local/share/senfenico/exports/" + String(repeating: "tres-long-dossier/", count: 4)
            + "senfenico-2026-11-30.csv"
        _ = reduce(&state, .exported(path: path, failure: nil))
        let lines = render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .french).lines
        let shown = lines.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(shown.contains(path.replacingOccurrences(of: " ", with: "")), "path cut: \(lines.suffix(4))")
        #expect(lines.allSatisfy { TerminalWidth.of($0) <= 80 })
        #expect(StatusBarView.noticeLines("Journée exportée dans " + path, width: 80).count == 3)
        #expect(StatusBarView.noticeLines("short", width: 80) == [" short"])
    }

    @Test func controlCharactersInANoticeAreNotDrawn() {
        var state = Fixtures.loadedState()
        state.showNotice(LocalizedText(en: "bad\u{1B}[2Jtheme", fr: "mauvais\u{7}thème"), seconds: 5)
        #expect(state.visibleNotice == LocalizedText(en: "badtheme", fr: "mauvaisthème"))
    }
}
