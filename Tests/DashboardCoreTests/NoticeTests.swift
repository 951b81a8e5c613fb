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

    @Test func controlCharactersInANoticeAreNotDrawn() {
        var state = Fixtures.loadedState()
        state.showNotice(LocalizedText(en: "bad\u{1B}[2Jtheme", fr: "mauvais\u{7}thème"), seconds: 5)
        #expect(state.visibleNotice == LocalizedText(en: "badtheme", fr: "mauvaisthème"))
    }
}
