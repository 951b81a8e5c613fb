import Foundation
import Localization
import SenfenicoAPI

/// One line of a request's detail, sanitised and no wider than the width it was made for.
struct DetailLine: Hashable {
    var text: String
    var style: ThemeKey
}

/// What the developer view says about one request: the summary, the failure, the body chosen
/// with Tab (pretty-printed when it is JSON) and the `curl` command. Every localized line is a
/// single line, cut to the width, so the count (which bounds scrolling in `reduce`, where the
/// language is not known) is the same in every language.
enum ExplorerDetail {
    private typealias X = Strings.Explorer

    static func lines(
        _ entry: LoggedExchange, body: ExplorerState.Body, curl: String, curlHeading: LocalizedText = X.curlHeading,
        width: Int, language: Language, zone: TimeZone
    ) -> [DetailLine] {
        guard width > 0 else { return [] }
        let exchange = entry.exchange
        var lines: [DetailLine] = []
        func one(_ text: String, _ style: ThemeKey) {
            lines.append(DetailLine(text: TextFit.fit(text, width: width).trimmingTrailingSpaces, style: style))
        }
        func block(_ text: String, _ style: ThemeKey) {
            // `\r\n` is one Character: split on every kind of line break.
            for part in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                for piece in hardWrap(TextSanitizer.clean(String(part)), width: width) {
                    lines.append(DetailLine(text: piece, style: style))
                }
            }
        }

        let summary = X.summary.filling([
            "status": exchange.status.map(String.init) ?? X.noAnswer.text(in: language),
            "latency": String(exchange.latency.wholeMilliseconds),
            "attempt": String(exchange.attempt),
            "size": Formatting.bytes(Int64(exchange.responseBytes), language),
            "time": Formatting.timeWithSeconds(entry.finishedAt, zone),
            "sequence": String(entry.sequence),
        ])
        one(summary.text(in: language), ExplorerStatus.style(exchange.status))
        if let failure = exchange.failure {
            one(X.failureHeading.text(in: language), .statusFailed)
            block(failure, .statusFailed)
        }

        lines.append(DetailLine(text: "", style: .text))
        switch body {
        case .response:
            one(X.responseHeading.text(in: language), .columnHeader)
            let note = X.truncated.filling([
                "kept": String(max(1, (exchange.responseSample.utf8.count + 512) / 1_024)),
                "size": Formatting.bytes(Int64(exchange.responseBytes), language),
            ])
            bodyLines(
                exchange.responseSample, truncation: exchange.isResponseTruncated ? note : nil, language: language,
                one: one, block: block)
        case .request:
            one(X.requestHeading.text(in: language), .columnHeader)
            bodyLines(exchange.requestBody ?? "", truncation: nil, language: language, one: one, block: block)
        }

        lines.append(DetailLine(text: "", style: .text))
        one(curlHeading.text(in: language), .columnHeader)
        block(curl, .text)
        return lines
    }

    /// How many lines the detail of the selected request has at `width` (any language).
    static func lineCount(_ explorer: ExplorerState, _ state: AppState, width: Int) -> Int {
        guard let entry = ExplorerKeys.selected(explorer, state) else { return 0 }
        return lines(
            entry, body: explorer.body, curl: state.requestLog.shownCurlCommand(for: entry),
            curlHeading: curlHeading(state.requestLog), width: width, language: .english, zone: state.timeZone
        ).count
    }

    /// What the `curl` heading says of the key: read from `$SENFENICO_API_KEY`, or the
    /// embedded sandbox's own (shown masked, copied whole).
    static func curlHeading(_ log: RequestLog) -> LocalizedText {
        log.sandboxKey == nil ? X.curlHeading : X.curlHeadingSandbox
    }

    private static func bodyLines(
        _ text: String, truncation: LocalizedText?, language: Language, one: (String, ThemeKey) -> Void,
        block: (String, ThemeKey) -> Void
    ) {
        if text.isEmpty {
            one(X.noBody.text(in: language), .stale)
            return
        }
        if truncation == nil, let pretty = PrettyJSON.lines(text) {
            block(pretty.joined(separator: "\n"), .text)
            return
        }
        one((truncation ?? X.notJSON).text(in: language), .stale)
        block(text, .text)
    }

    /// Cuts a line every `width` columns, spaces kept (indentation matters in JSON).
    static func hardWrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for character in text {
            let columns = TerminalWidth.of(character)
            if used + columns > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(character)
            used += columns
        }
        pieces.append(piece)
        return pieces
    }
}

/// The theme key of an HTTP status, by class.
enum ExplorerStatus {
    static func style(_ status: Int?) -> ThemeKey {
        switch status {
        case .none: .statusUnknown
        case .some(200..<300): .statusSuccess
        case .some(400..<500): .statusFailed
        case .some(500...): .alert
        default: .statusPending
        }
    }
}

extension Duration {
    /// Whole milliseconds, for the request log.
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000 + attoseconds / 1_000_000_000_000_000
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
