import Foundation
import Localization
import SenfenicoAPI

/// The bottom lines: mode, last refresh and its age, next refresh, stale marker, key hint.
enum StatusBarView {
    private typealias D = Strings.Dashboard

    static func draw(_ screen: inout Screen, _ context: ViewContext, rows: Range<Int>) {
        guard let first = rows.first else { return }
        let state = context.state
        let style = context.theme[.statusBar]
        let mode: String
        switch state.mode {
        case .sandbox: mode = context.text(D.modeSandbox)
        case .test: mode = context.text(D.modeTest)
        case .live: mode = context.text(D.modeLive)
        }
        let stale = state.lastError.map { D.stale.filling(["error": shortReason($0, context.language)]) }
        let refresh = refreshForms(context)
        let attention = attentionText(context)
        var tail: [String] = []
        // While all is well the pace is shown, not a countdown: an idle dashboard then writes
        // nothing to the terminal between two refreshes. When something failed (or nothing has
        // come yet) the wait matters, and is counted down.
        let waiting = state.isStale || state.lastRefresh == nil
        if waiting, state.isRefreshing {
            tail.append(context.text(D.refreshing))
        } else if waiting, let next = state.nextRefresh {
            let wait = Formatting.age(
                microseconds: next.microsecondsSinceEpoch - state.now.microsecondsSinceEpoch, context.language)
            tail.append(D.nextRefresh.filling(["age": wait]).text(in: context.language))
        } else if !waiting {
            let pace = Formatting.age(
                microseconds: Int64(state.refreshPolicy.balancesInterval * 1_000_000), context.language)
            tail.append(D.refreshEvery.filling(["age": pace]).text(in: context.language))
        }
        // Last, so a narrow terminal drops it first.
        if state.bytesReceived > 0 {
            let amount = Formatting.bytes(state.bytesReceived, context.language)
            tail.append(D.dataUsed.filling(["amount": amount]).text(in: context.language))
        }
        let line = layOut(
            width: screen.width, mode: mode, stale: stale?.text(in: context.language),
            staleMarker: stale.map { _ in D.stale.filling(["error": ""]).text(in: context.language) },
            refresh: refresh, attention: attention, tail: tail)
        screen.fill(Rect(x: 0, y: first, width: screen.width, height: 1), style: style)
        var x = 0
        for (index, part) in line.enumerated() {
            let partStyle =
                switch part.kind {
                case .stale: context.theme[.stale]
                case .attention: context.theme[.alert]
                case .plain: style
                }
            x += screen.write(index == 0 ? " " : " │ ", x: x, y: first, style: style)
            x += screen.write(part.text, x: x, y: first, style: partStyle)
        }
        guard rows.count > 1 else { return }
        let editing = state.list(state.focus).isEditingFilter && state.focus != .balances
        screen.fill(Rect(x: 0, y: first + 1, width: screen.width, height: 1), style: style)
        if let notice = state.visibleNotice, !editing {
            // A notice longer than the line (a file's whole path) is drawn by `drawLongNotice`,
            // over the screen's last lines, once everything else is drawn.
            let lines = noticeLines(context.text(notice), width: screen.width)
            if lines.count == 1 {
                screen.write(lines[0], x: 0, y: first + 1, style: context.theme[.alert], maxWidth: screen.width)
            }
            return
        }
        let pageHint =
            switch state.page {
            case .overview: D.keyHint
            case .settlements: Strings.Operations.settlementsHint
            case .checkouts: Strings.Operations.checkoutsHint
            }
        let hint = context.text(editing ? D.filterHint : state.isCashierMode ? D.counterKeyHint : pageHint)
        screen.write(" " + fittingItems(hint, width: screen.width - 1), x: 0, y: first + 1, style: style)
    }

    /// Columns of the error's text the layout keeps beside the stale marker before it keeps the
    /// longer forms of the refresh or the optional parts.
    static let staleReasonRoom = 12

    /// One part of the status bar's first line and how it is drawn.
    struct Part: Equatable {
        enum Kind { case plain, stale, attention }
        var text: String
        var kind: Kind
    }

    /// The parts of the first line, in order: mode, stale marker with its reason, last refresh,
    /// payments to check, then next refresh and data used. The last refresh's age is never
    /// pushed off: of `refreshed 12:53:00 (3 s ago)` and `refreshed 3 s ago`, the longest that
    /// leaves the whole reason room is taken; else the longest form (down to `3 s ago`) that
    /// leaves it a few words, and the reason is what is cut, with `…`. The next refresh and the
    /// data used follow when they fit whole.
    static func layOut(
        width: Int, mode: String, stale: String?, staleMarker: String?, refresh: [String], attention: String?,
        tail: [String]
    ) -> [Part] {
        func used(_ texts: [String]) -> Int {
            texts.isEmpty ? 0 : 1 + texts.map(TerminalWidth.of).reduce(0, +) + 3 * (texts.count - 1)
        }
        // The stale part is never narrower than its marker and one character with "…".
        let staleFloor = staleMarker.map { TerminalWidth.of($0) + 1 } ?? 0
        let staleWhole = stale.map(TerminalWidth.of) ?? 0
        let staleWanted = min(staleWhole, staleMarker.map { TerminalWidth.of($0) + staleReasonRoom } ?? 0)
        func fits(_ texts: [String], staleWidth: Int) -> Bool {
            used(texts) + (stale == nil ? 0 : 3 + staleWidth) <= width
        }
        let refreshText =
            refresh.dropLast().first { fits([mode, $0], staleWidth: staleWhole) }
            ?? refresh.first { fits([mode, $0], staleWidth: staleWanted) } ?? refresh.last ?? ""
        var kept = [mode, refreshText]
        if let attention, fits(kept + [attention], staleWidth: staleWanted) { kept.append(attention) }
        var parts = [Part(text: mode, kind: .plain)]
        if let stale {
            let room = max(staleFloor, width - used(kept) - 3)
            let text = TerminalWidth.of(stale) <= room ? stale : TextFit.fit(stale, width: room)
            parts.append(Part(text: text, kind: .stale))
        }
        parts.append(Part(text: refreshText, kind: .plain))
        if let attention { parts.append(Part(text: attention, kind: .attention)) }
        // The next refresh and the data used only whole: half a word says nothing.
        for text in tail {
            guard used(parts.map(\.text) + [text]) <= width else { break }
            parts.append(Part(text: text, kind: .plain))
        }
        return parts
    }

    /// The last refresh, longest form first; "not refreshed yet" before the first one.
    private static func refreshForms(_ context: ViewContext) -> [String] {
        let state = context.state
        guard let last = state.lastRefresh else { return [context.text(D.neverRefreshed)] }
        // The time to the minute and a coarse age: both change seldom, so an idle status bar
        // is not redrawn every second.
        let ago = Formatting.agoPhrase(
            microseconds: state.now.microsecondsSinceEpoch - last.microsecondsSinceEpoch, context.language)
        return [
            D.lastRefresh.filling(["time": Formatting.time(last, context.zone), "ago": ago]).text(in: context.language),
            D.refreshedAgo.filling(["ago": ago]).text(in: context.language),
            ago,
        ]
    }

    /// Payments and transfers left to check, or nil.
    private static func attentionText(_ context: ViewContext) -> String? {
        let state = context.state
        let attention = state.attention.filter { $0.attempt.id != state.wizard?.attempt?.id }.count
        let transfersToCheck = state.transferAttention.count
        var texts: [String] = []
        if attention > 0 {
            texts.append(Strings.Wizard.attention.filling(["count": String(attention)]).text(in: context.language))
        }
        if transfersToCheck > 0 {
            texts.append(
                Strings.Operations.transfersToCheck.filling(["count": String(transfersToCheck)]).text(
                    in: context.language))
        }
        return texts.isEmpty ? nil : texts.joined(separator: " · ")
    }

    /// The failure as the status bar tells it: short. An answer that could not be read says
    /// so in a few words with its HTTP status; the decoder's message and the start of the body
    /// (raw JSON) are for the developer view, not for a one-line bar.
    static func shortReason(_ error: SenfenicoError, _ language: Language) -> String {
        if case .decoding(let failure) = error {
            return D.unreadableAnswer.filling(["status": String(failure.httpStatus)]).text(in: language)
        }
        return error.message(in: language)
    }

    /// A notice too long for the status bar's last line, wrapped in a box over the lines above
    /// it, so nothing of it is cut (a file's whole path, whatever the terminal's width).
    static func drawLongNotice(_ screen: inout Screen, _ context: ViewContext) {
        let state = context.state
        let editing = state.list(state.focus).isEditingFilter && state.focus != .balances
        guard let notice = state.visibleNotice, !editing,
            DashboardLayout.statusRows(Size(width: screen.width, height: screen.height)) > 1
        else { return }
        let lines = noticeLines(context.text(notice), width: screen.width)
        guard lines.count > 1 else { return }
        let top = max(0, screen.height - lines.count)
        let style = context.theme[.alert]
        for (index, line) in lines.enumerated() where top + index < screen.height {
            screen.fill(Rect(x: 0, y: top + index, width: screen.width, height: 1), style: style)
            screen.write(line, x: 0, y: top + index, style: style, maxWidth: screen.width)
        }
    }

    /// The notice as lines of at most `width` columns, each starting with a space: word-wrapped,
    /// and a word longer than a line (a path) broken across lines rather than cut.
    static func noticeLines(_ text: String, width: Int) -> [String] {
        let room = max(1, width - 1)
        var lines: [String] = []
        var current = ""
        func flush() {
            lines.append(" " + current)
            current = ""
        }
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if TerminalWidth.of(candidate) <= room {
                current = candidate
                continue
            }
            if !current.isEmpty { flush() }
            for character in word {
                if TerminalWidth.of(current + String(character)) > room { flush() }
                current.append(character)
            }
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// Whole hint items (separated by two spaces) while they fit, never half a word.
    static func fittingItems(_ hint: String, width: Int) -> String {
        var result = ""
        for item in hint.components(separatedBy: "  ") {
            let candidate = result.isEmpty ? item : result + "  " + item
            guard TerminalWidth.of(candidate) <= width else { break }
            result = candidate
        }
        return result
    }
}
