import Localization
import SenfenicoAPI

/// The detail of a settlement (in the shared detail box), a checkout with its QR code, and the
/// question asked before cancelling a settlement.
enum OperationDetails {
    private typealias D = Strings.Dashboard
    private typealias O = Strings.Operations

    static func settlement(_ reference: String, _ context: ViewContext) -> (String, [(String, String, ThemeKey)]) {
        let title = O.detailSettlement.filling(["reference": reference]).text(in: context.language)
        guard let settlement = context.state.settlements.first(where: { $0.reference == reference }) else {
            return (title, [])
        }
        let language = context.language
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
        let to = settlement.destination
        var fields: [(String, String, ThemeKey)] = [
            (text(D.columnReference), settlement.reference, .text),
            (text(D.columnAmount), settlement.amount.formatted(language), .amountPositive),
            (text(O.fieldSettlementFees), settlement.settlementFees?.formattedNumber(language) ?? "—", .text),
            (text(D.fieldCurrency), settlement.currency, .text),
            (
                text(D.columnStatus), text(settlement.status.words),
                OperationStyles.settlement(settlement.status)
            ),
            (text(O.fieldAccountType), settlement.accountType?.rawValue ?? "—", .text),
            (text(O.columnDestination), OperationListViews.destination(settlement), .text),
        ]
        let extra: [(String, String?)] = [
            ("IBAN", to.iban), ("RIB", to.rib), ("SWIFT/BIC", to.swiftBICCode),
            (text(D.columnPhone), to.phone.map(Formatting.phone)), ("USDT", to.usdtWalletAddress),
            ("", to.accountHolderName),
        ]
        for (label, value) in extra {
            if let value, !value.isEmpty { fields.append((label, value, .text)) }
        }
        fields += [
            (text(D.fieldCreated), Formatting.full(settlement.createdAt, context.zone), .text),
            (text(D.fieldUpdated), Formatting.full(settlement.updatedAt, context.zone), .text),
            (text(D.fieldLiveMode), text(settlement.liveMode ? D.yes : D.no), .text),
        ]
        return (title, fields)
    }

    /// Enter on a checkout: its fields, refreshed by a fetch, and the QR code of its link when
    /// it was made in this session.
    static func drawCheckout(_ screen: inout Screen, _ context: ViewContext, area: Rect) {
        guard let reference = context.state.openCheckout else { return }
        let language = context.language
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
        let code = context.state.checkoutCodes[reference]
        // The code beside the box, at full body height, when it fits; else under the text.
        let placement = QRView.besideBox(code, area: area)
        let rect = placement?.box ?? area
        screen.fill(area, style: context.theme[.text])
        let inner = screen.box(
            rect, title: O.detailCheckout.filling(["reference": reference]).text(in: language),
            border: context.theme[.paneBorder], titleStyle: context.theme[.paneTitleFocused])
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        var writer = LineWriter(screen: screen, area: content, context: context)
        if let checkout = context.state.checkoutDetail {
            writer.field(D.columnReference, value: checkout.reference, style: context.theme[.text].bolded)
            writer.field(
                D.columnAmount, value: checkout.amount.formatted(language), style: context.theme[.amountPositive])
            writer.field(
                D.columnStatus, value: text(checkout.status.words),
                style: context.theme[OperationStyles.checkout(checkout.status)])
            writer.field(O.columnEmail, value: checkout.email ?? "—", style: context.theme[.text])
            writer.field(O.fieldChargeReference, value: checkout.chargeReference ?? "—", style: context.theme[.text])
            writer.field(D.columnPhone, value: Formatting.phone(checkout.phone), style: context.theme[.text])
            writer.field(D.columnProvider, value: checkout.provider ?? "—", style: context.theme[.text])
            writer.field(O.successURLLabel, value: checkout.successURL ?? "—", style: context.theme[.text])
            writer.field(O.cancelURLLabel, value: checkout.cancelURL ?? "—", style: context.theme[.text])
            writer.field(
                D.fieldCreated, value: Formatting.full(checkout.createdAt, context.zone), style: context.theme[.text])
            writer.field(
                D.fieldUpdated, value: Formatting.full(checkout.updatedAt, context.zone), style: context.theme[.text])
        } else {
            writer.line(text(O.loading), style: context.theme[.stale])
        }
        writer.blank()
        if let link = context.state.checkoutLinks[reference] {
            writer.line(text(O.fieldLink), style: context.theme[.columnHeader])
            writer.link(link, style: context.theme[.text].bolded)
        } else {
            writer.paragraph(text(O.linkUnknown), style: context.theme[.text])
        }
        screen = writer.screen
        if let code {
            let qrArea =
                placement?.code
                ?? Rect(x: content.x, y: writer.y, width: content.width, height: content.maxY - 1 - writer.y)
            QRView.draw(code, &screen, context, area: qrArea)
        }
        screen.write(
            " " + text(Strings.Dashboard.detailClose) + " · r ↻", x: inner.x, y: inner.maxY - 1,
            style: context.theme[.columnHeader], maxWidth: inner.width)
    }

    static func drawCancelQuestion(_ screen: inout Screen, _ context: ViewContext, area: Rect) {
        guard let reference = context.state.pendingCancel else { return }
        let amount = context.state.settlements.first { $0.reference == reference }?.amount
        let question = O.confirmCancel.filling([
            "reference": reference, "amount": amount?.formatted(context.language) ?? "",
        ]).text(in: context.language)
        let width = min(area.width, TerminalWidth.of(question) + 4)
        let lines = TextFit.wrap(question, width: max(1, width - 4))
        let inner = overlay(
            &screen, context, area: area, width: width, height: lines.count + 2,
            title: context.text(O.cancelTitle), key: .alert)
        for (offset, line) in lines.enumerated() where offset < inner.height {
            screen.write(
                line, x: inner.x + 1, y: inner.y + offset, style: context.theme[.alert], maxWidth: inner.width - 2)
        }
    }
}
