import Localization
import QRCode
import SenfenicoAPI

/// The last step of an operation form: what was made, what was refused, or what is unknown.
enum OperationOutcomeView {
    private typealias O = Strings.Operations
    private typealias D = Strings.Dashboard

    /// - Parameter codeShownBeside: the QR code of a new link is drawn beside the box; only
    ///   the text goes here.
    static func draw(_ form: OperationForm, _ writer: inout LineWriter, codeShownBeside: Bool) {
        let context = writer.context
        let language = context.language
        let theme = context.theme
        guard let outcome = form.outcome else { return }
        switch outcome {
        case .transferSent(let transfer, let earlier):
            writer.line(context.text(O.transferSent), style: theme[.statusSuccess].bolded)
            writer.blank()
            writer.field(D.columnReference, value: transfer.reference, style: theme[.text].bolded)
            writer.field(O.amountLabel, value: transfer.amount.formatted(language), style: theme[.amountPositive])
            writer.field(D.columnRecipient, value: Formatting.phone(transfer.recipientPhone), style: theme[.text])
            writer.field(O.walletLabel, value: transfer.recipientWallet?.displayName ?? "—", style: theme[.text])
            writer.field(
                D.columnStatus, value: context.text(transfer.status.words),
                style: theme[StatusStyle.transfer(transfer.status)])
            writer.field(D.columnExtID, value: transfer.extID ?? form.extID ?? "—", style: theme[.text])
            if earlier {
                writer.blank()
                writer.paragraph(context.text(O.transferEarlier), style: theme[.stale])
            }
        case .settlementCreated(let settlement):
            writer.line(context.text(O.settlementCreated), style: theme[.statusSuccess].bolded)
            writer.blank()
            writer.field(D.columnReference, value: settlement.reference, style: theme[.text].bolded)
            writer.field(O.amountLabel, value: settlement.amount.formatted(language), style: theme[.amountPositive])
            writer.field(
                D.columnStatus, value: context.text(settlement.status.words),
                style: theme[OperationStyles.settlement(settlement.status)])
        case .checkoutCreated(let session):
            checkout(session, form, &writer, withCode: !codeShownBeside)
        case .refused(let error):
            writer.line(context.text(O.refused), style: theme[.statusFailed].bolded)
            writer.blank()
            writer.paragraph(error.message(in: language), style: theme[.alert])
        case .notSent(let reason):
            writer.line(context.text(O.notSent), style: theme[.statusFailed].bolded)
            writer.blank()
            writer.paragraph(context.text(reason), style: theme[.alert])
        case .unknown(let error):
            writer.paragraph(
                context.text(form.kind == .transfer ? O.unknownTransfer : O.unknownOther), style: theme[.alert])
            writer.blank()
            if let extID = form.extID { writer.field(D.columnExtID, value: extID, style: theme[.text].bolded) }
            writer.paragraph(error.message(in: language), style: theme[.text])
        }
    }

    /// The link as text and, when the code could not go beside the box, the QR code under it
    /// (or what size the terminal needs for it).
    private static func checkout(
        _ session: CheckoutSession, _ form: OperationForm, _ writer: inout LineWriter, withCode: Bool
    ) {
        let context = writer.context
        let theme = context.theme
        let area = writer.area
        let code = withCode ? context.state.checkoutCodes[session.reference] : nil
        var text = LineWriter(screen: writer.screen, area: area, context: context)
        text.line(context.text(O.checkoutCreated), style: theme[.statusSuccess].bolded)
        text.field(Strings.Dashboard.columnReference, value: session.reference, style: theme[.text].bolded)
        if let amount = form.amount {
            text.field(O.amountLabel, value: amount.formatted(context.language), style: theme[.amountPositive])
        }
        text.blank()
        text.link(session.authorizationURL, style: theme[.text].bolded)
        text.blank()
        text.paragraph(context.text(O.scanHint), style: theme[.text])
        writer.screen = text.screen
        guard let code else { return }
        QRView.draw(
            code, &writer.screen, context,
            area: Rect(x: area.x, y: text.y, width: area.width, height: area.maxY - 1 - text.y))
    }
}

/// A QR code drawn with half blocks, light modules in light ink on black, so phones read it
/// whatever the terminal's own background; a message instead when it does not fit.
enum QRView {
    static let quietZone = 2
    static let style = Style(foreground: .ansi(7), background: .ansi(0))
    /// The narrowest box left of a QR code that still reads well.
    static let minimumTextWidth = 36

    /// Where a code goes beside a box at the body's full height (the box keeps `box`), when
    /// both fit: a box inside the body is shorter, and the code would not fit in it.
    static func besideBox(_ code: QRMatrix?, area: Rect) -> (box: Rect, code: Rect)? {
        guard let code else { return nil }
        let size = code.textSize(quietZone: quietZone)
        guard size.height <= area.height, area.width - size.width - 1 >= minimumTextWidth else { return nil }
        let top = area.y + (area.height - size.height) / 2
        return (
            Rect(x: area.x, y: area.y, width: area.width - size.width - 1, height: area.height),
            Rect(x: area.maxX - size.width, y: top, width: size.width, height: size.height)
        )
    }

    /// The code of the link a finished checkout form made.
    static func code(of form: OperationForm, _ state: AppState) -> QRMatrix? {
        guard form.step == .done, case .checkoutCreated(let session) = form.outcome else { return nil }
        return state.checkoutCodes[session.reference]
    }

    static func draw(_ code: QRMatrix, _ screen: inout Screen, _ context: ViewContext, area: Rect) {
        let size = code.textSize(quietZone: quietZone)
        guard size.width <= area.width, size.height <= area.height else {
            let needed = Strings.Operations.qrTooSmall.filling([
                "width": String(context.state.screenSize.map { $0.width + size.width - area.width } ?? size.width),
                "height": String(context.state.screenSize.map { $0.height + size.height - area.height } ?? size.height),
            ])
            for (offset, line) in TextFit.wrap(context.text(needed), width: max(1, area.width)).enumerated()
            where offset < area.height {
                screen.write(line, x: area.x, y: area.y + offset, style: context.theme[.stale], maxWidth: area.width)
            }
            return
        }
        let left = area.x + (area.width - size.width) / 2
        for (offset, line) in code.halfBlockLines(quietZone: quietZone).enumerated() {
            screen.write(line, x: left, y: area.y + offset, style: Self.style)
        }
    }
}

extension LineWriter {
    /// A link cut at the width wherever it falls (it has no spaces to wrap at), so all of it
    /// shows and can be read or selected.
    mutating func link(_ url: String, style: Style) {
        var line = ""
        for character in TextSanitizer.clean(url) {
            if TerminalWidth.of(line + String(character)) > area.width {
                self.line(line, style: style)
                line = ""
            }
            line.append(character)
        }
        if !line.isEmpty { self.line(line, style: style) }
    }
}
