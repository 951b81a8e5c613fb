import Localization

/// The top line: SANDBOX / TEST / LIVE, impossible to miss.
enum BannerView {
    static func draw(_ screen: inout Screen, _ context: ViewContext, row: Int) {
        let (text, key): (LocalizedText, ThemeKey) =
            switch context.state.mode {
            case .sandbox: (Strings.Dashboard.bannerSandbox, .bannerSandbox)
            case .test: (Strings.Dashboard.bannerTest, .bannerTest)
            case .live: (Strings.Dashboard.bannerLive, .bannerLive)
            }
        let style = context.theme[key]
        screen.fill(Rect(x: 0, y: row, width: screen.width, height: 1), style: style)
        screen.write(TextFit.center(context.text(text), width: screen.width), x: 0, y: row, style: style)
    }
}
