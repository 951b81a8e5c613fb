import Localization

/// What the help lists: the keys of the screen it was opened over first, then the mouse and
/// the keys that work everywhere. The view draws these lines and the keys scroll them, so
/// both agree on the count.
enum HelpContent {
    typealias H = Strings.Help

    struct Line: Equatable {
        /// Empty for a heading or a blank line.
        var key: String
        var text: LocalizedText
        var isHeading = false
    }

    static func lines(for state: AppState) -> [Line] {
        var sections: [(LocalizedText, [H.Line])] = []
        // The screen under the help: the overlay below it, or the page.
        let below = state.overlays.last { $0.kind != .help && $0.kind != .quitQuestion }
        switch below?.kind {
        case .wizard?: sections.append((H.wizardTitle, H.wizard))
        case .detail?: sections.append((H.detailTitle, H.detail))
        case .form?: sections.append((H.formTitle, H.form))
        case .bulk?: sections.append((H.bulkTitle, H.bulk))
        case .checkout?: sections.append((H.checkoutTitle, H.checkout))
        case .explorer?: sections.append((H.explorerTitle, Strings.Explorer.helpKeys))
        case .cancelQuestion?, .help?, .quitQuestion?, nil:
            switch state.page {
            case .settlements: sections.append((H.settlementsTitle, H.settlements))
            case .checkouts: sections.append((H.checkoutsTitle, H.checkouts))
            case .overview: break
            }
            sections.append((H.pageTitle, H.page))
            sections.append((H.mouseTitle, H.mouse))
        }
        sections.append((H.everywhereTitle, H.everywhere))
        var lines: [Line] = []
        for (title, keys) in sections {
            if !lines.isEmpty { lines.append(Line(key: "", text: LocalizedText(en: "", fr: ""))) }
            lines.append(Line(key: "", text: title, isHeading: true))
            lines += keys.map { Line(key: $0.key, text: $0.text) }
        }
        return lines
    }
}
