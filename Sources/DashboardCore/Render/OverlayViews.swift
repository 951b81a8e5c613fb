import Localization
import SenfenicoAPI

/// A centred box drawn over the panes, cleared first so nothing shows through.
func overlay(
    _ screen: inout Screen, _ context: ViewContext, area: Rect, width: Int, height: Int, title: String, key: ThemeKey
) -> Rect {
    let boxWidth = min(area.width, width)
    let boxHeight = min(area.height, height)
    let rect = Rect(
        x: area.x + (area.width - boxWidth) / 2, y: area.y + (area.height - boxHeight) / 2, width: boxWidth,
        height: boxHeight)
    screen.fill(rect, style: context.theme[key])
    return screen.box(rect, title: title, border: context.theme[key], titleStyle: context.theme[.paneTitleFocused])
}

/// `?`: every key and what it does, in the user's language.
enum HelpView {
    static func draw(_ screen: inout Screen, _ context: ViewContext, area: Rect) {
        let sandboxLine = context.state.sandboxAddress.map {
            Strings.Dashboard.helpSandbox.filling(["address": $0]).text(in: context.language)
        }
        var lines: [(key: String, text: String, heading: Bool)] = HelpContent.lines(for: context.state).map {
            (Strings.Help.keyName($0.key, in: context.language), context.text($0.text), $0.isHeading)
        }
        lines += [("", "", false), ("", context.text(Strings.Dashboard.helpClose), false)]
        if let sandboxLine { lines += [("", "", false), ("", sandboxLine, false)] }
        // Too tall for the screen but wide enough: two columns side by side; else it scrolls.
        let columnWidth = max(72, sandboxLine.map { TerminalWidth.of($0) + 4 } ?? 0)
        let columns = lines.count + 2 > area.height && area.width >= 2 * columnWidth ? 2 : 1
        let perColumn = (lines.count + columns - 1) / columns
        let inner = overlay(
            &screen, context, area: area, width: columns * columnWidth, height: perColumn + 2,
            title: context.text(Strings.Dashboard.helpTitle), key: .help)
        let style = context.theme[.help]
        // Taller than the screen (80x24 and below): it scrolls with the arrows, and the last
        // line says so.
        let scrolls = perColumn > inner.height
        let shown = scrolls ? max(0, inner.height - 1) : inner.height
        let offset = scrolls ? min(context.state.helpScroll, lines.count - shown) : 0
        for column in 0..<columns {
            let x = inner.x + column * columnWidth
            let width = columns == 1 ? inner.width : columnWidth - 1
            let part = lines.dropFirst(column * perColumn).prefix(perColumn)
            for (row, line) in part.dropFirst(offset).prefix(shown).enumerated() {
                let y = inner.y + row
                if line.heading {
                    screen.write(line.text, x: x + 1, y: y, style: context.theme[.columnHeader], maxWidth: width - 2)
                } else if line.key.isEmpty {
                    screen.write(line.text, x: x + 1, y: y, style: style, maxWidth: width - 2)
                } else {
                    screen.cell(line.key, x: x + 1, y: y, width: 12, style: style)
                    screen.write(line.text, x: x + 14, y: y, style: style, maxWidth: width - 15)
                }
            }
        }
        if scrolls, inner.height > 0 {
            let more = Strings.Dashboard.helpScroll.filling([
                "first": String(offset + 1), "last": String(offset + shown), "total": String(lines.count),
            ])
            screen.write(
                context.text(more), x: inner.x + 1, y: inner.maxY - 1, style: context.theme[.columnHeader],
                maxWidth: inner.width - 2)
        }
    }
}

/// Asked before quitting while money is moving.
enum QuitView {
    static func draw(_ screen: inout Screen, _ context: ViewContext, area: Rect) {
        let question = context.text(Strings.Dashboard.quitQuestion)
        let inner = overlay(
            &screen, context, area: area, width: TerminalWidth.of(question) + 4, height: 3,
            title: context.text(Strings.Dashboard.quitTitle), key: .alert)
        screen.write(question, x: inner.x + 1, y: inner.y, style: context.theme[.alert], maxWidth: inner.width - 2)
    }
}

/// Enter on a row: every field of the charge or transfer, with confirmation attempts.
enum DetailView {
    private typealias D = Strings.Dashboard

    /// Scrolls when its fields do not fit (a charge's third confirmation attempt at 80x24): the
    /// last line then tells which lines are shown.
    static func draw(_ screen: inout Screen, _ context: ViewContext, target: DetailTarget, scroll: Int, area: Rect) {
        let (title, fields) = content(target, context)
        let inner = overlay(
            &screen, context, area: area, width: 96, height: fields.count + 4, title: title, key: .text)
        let labelWidth = min(24, inner.width / 3)
        let room = max(0, inner.height - 1)
        let scrolls = fields.count > room
        let offset = scrolls ? max(0, min(scroll, fields.count - room)) : 0
        for (row, field) in fields.dropFirst(offset).prefix(room).enumerated() {
            let y = inner.y + row
            screen.cell(field.0, x: inner.x + 1, y: y, width: labelWidth, style: context.theme[.columnHeader])
            screen.write(
                field.1, x: inner.x + 2 + labelWidth, y: y, style: context.theme[field.2],
                maxWidth: inner.width - labelWidth - 3)
        }
        guard inner.height > 0 else { return }
        var footer = context.text(D.detailClose)
        if scrolls {
            footer +=
                " · "
                + D.helpScroll.filling([
                    "first": String(offset + 1), "last": String(offset + room), "total": String(fields.count),
                ]).text(in: context.language)
        }
        screen.write(
            footer, x: inner.x + 1, y: inner.maxY - 1, style: context.theme[scrolls ? .columnHeader : .text],
            maxWidth: inner.width - 2)
    }

    private static func content(_ target: DetailTarget, _ context: ViewContext) -> (
        String, [(String, String, ThemeKey)]
    ) {
        let language = context.language
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
        func yesNo(_ value: Bool) -> String { text(value ? D.yes : D.no) }
        switch target {
        case .charge(let reference):
            guard let charge = context.state.charges.first(where: { $0.reference == reference }) else {
                return (D.detailCharge.filling(["reference": reference]).text(in: language), [])
            }
            var fields: [(String, String, ThemeKey)] = [
                (text(D.columnReference), charge.reference, .text),
                (text(D.columnAmount), charge.amount.formatted(language), .amountPositive),
                (text(D.columnFees), charge.fees.map { Formatting.rate($0, language) } ?? "—", .text),
                (text(D.fieldCurrency), charge.currency, .text),
                (text(D.columnStatus), text(charge.status.words), StatusStyle.charge(charge.status)),
                (text(D.columnProvider), charge.provider?.displayName ?? "—", .text),
                (text(D.columnPhone), Formatting.phone(charge.phone), .text),
                (text(D.fieldPaymentMethod), charge.paymentMethod ?? "—", .text),
                (text(D.fieldTransactionDate), Formatting.full(charge.transactionDate, context.zone), .text),
                (text(D.fieldCreated), Formatting.full(charge.createdAt, context.zone), .text),
                (text(D.fieldUpdated), Formatting.full(charge.updatedAt, context.zone), .text),
                (text(D.fieldCancelled), Formatting.full(charge.cancelledAt, context.zone), .text),
                (text(D.fieldCancellationReason), charge.cancellationReason ?? "—", .text),
                (text(D.fieldIPAddress), charge.ipAddress ?? "—", .text),
                (text(D.fieldLiveMode), yesNo(charge.liveMode), .text),
                (text(D.fieldAttempts), charge.confirmationAttempts.isEmpty ? text(D.none) : "", .text),
            ]
            for (number, attempt) in charge.confirmationAttempts.enumerated() {
                let status = attempt.confirmationStatus
                let word =
                    switch status {
                    case .success: text(Strings.Status.success)
                    case .failed: text(Strings.Status.failed)
                    case .unknown(let raw): raw
                    }
                fields.append(
                    (
                        "  #\(number + 1)",
                        "\(Formatting.full(attempt.attemptDate, context.zone))  \(word)  \(attempt.ipAddress ?? "")",
                        status == .failed ? .statusFailed : .statusSuccess
                    ))
            }
            return (D.detailCharge.filling(["reference": charge.reference]).text(in: language), fields)
        case .transfer(let reference):
            guard let transfer = context.state.transfers.first(where: { $0.reference == reference }) else {
                return (D.detailTransfer.filling(["reference": reference]).text(in: language), [])
            }
            let fields: [(String, String, ThemeKey)] = [
                (text(D.columnReference), transfer.reference, .text),
                (text(D.columnAmount), transfer.amount.formatted(language), .amountPositive),
                (text(D.columnFees), transfer.fees.map { Formatting.rate($0, language) } ?? "—", .text),
                (text(D.fieldCurrency), transfer.currency, .text),
                (
                    text(D.columnStatus), text(transfer.status.words),
                    StatusStyle.transfer(transfer.status)
                ),
                (text(D.columnWallet), transfer.recipientWallet?.displayName ?? "—", .text),
                (text(D.columnRecipient), Formatting.phone(transfer.recipientPhone), .text),
                (text(D.columnExtID), transfer.extID ?? "—", .text),
                (text(D.fieldCreated), Formatting.full(transfer.createdAt, context.zone), .text),
                (text(D.fieldIPAddress), transfer.ipAddress ?? "—", .text),
                (text(D.fieldLiveMode), yesNo(transfer.liveMode), .text),
            ]
            return (D.detailTransfer.filling(["reference": transfer.reference]).text(in: language), fields)
        case .settlement(let reference):
            return OperationDetails.settlement(reference, context)
        }
    }
}
