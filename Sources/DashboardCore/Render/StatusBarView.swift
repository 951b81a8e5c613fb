import Foundation
import Localization

/// The bottom lines: mode, last refresh and its age, next refresh, stale marker, key hint.
enum StatusBarView {
    private typealias D = Strings.Dashboard

    static func draw(_ screen: inout Screen, _ context: ViewContext, rows: Range<Int>) {
        guard let first = rows.first else { return }
        let state = context.state
        let style = context.theme[.statusBar]
        var parts: [String] = []
        switch state.mode {
        case .sandbox: parts.append(context.text(D.modeSandbox))
        case .test: parts.append(context.text(D.modeTest))
        case .live: parts.append(context.text(D.modeLive))
        }
        if let error = state.lastError {
            let stale = D.stale.filling(["error": error.message(in: context.language)]).text(in: context.language)
            parts.append(stale)
        }
        if let last = state.lastRefresh {
            let age = Formatting.age(
                microseconds: state.now.microsecondsSinceEpoch - last.microsecondsSinceEpoch, context.language)
            parts.append(
                D.lastRefresh.filling(["time": Formatting.timeWithSeconds(last, context.zone), "age": age]).text(in: context.language)
            )
        } else {
            parts.append(context.text(D.neverRefreshed))
        }
        let attention = state.attention.filter { $0.attempt.id != state.wizard?.attempt?.id }.count
        let transfersToCheck = state.transferAttention.count
        let attentionIndex = attention + transfersToCheck > 0 ? parts.count : nil
        var attentionParts: [String] = []
        if attention > 0 {
            attentionParts.append(
                Strings.Wizard.attention.filling(["count": String(attention)]).text(in: context.language))
        }
        if transfersToCheck > 0 {
            attentionParts.append(
                Strings.Operations.transfersToCheck.filling(["count": String(transfersToCheck)]).text(
                    in: context.language))
        }
        if !attentionParts.isEmpty { parts.append(attentionParts.joined(separator: " · ")) }
        if state.isRefreshing {
            parts.append(context.text(D.refreshing))
        } else if let next = state.nextRefresh {
            let wait = Formatting.age(
                microseconds: next.microsecondsSinceEpoch - state.now.microsecondsSinceEpoch, context.language)
            parts.append(D.nextRefresh.filling(["age": wait]).text(in: context.language))
        }
        // Last, so a narrow terminal cuts it first.
        if state.bytesReceived > 0 {
            let amount = Formatting.bytes(state.bytesReceived, context.language)
            parts.append(D.dataUsed.filling(["amount": amount]).text(in: context.language))
        }
        screen.fill(Rect(x: 0, y: first, width: screen.width, height: 1), style: style)
        // The stale marker comes right after the mode, in its own style, so it is never cut off.
        var x = 0
        for (index, part) in parts.enumerated() {
            let isStale = state.lastError != nil && index == 1
            let partStyle = isStale ? context.theme[.stale] : index == attentionIndex ? context.theme[.alert] : style
            x += screen.write(index == 0 ? " " : " │ ", x: x, y: first, style: style)
            x += screen.write(part, x: x, y: first, style: partStyle)
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
