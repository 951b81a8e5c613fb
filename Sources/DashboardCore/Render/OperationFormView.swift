import Localization
import QRCode
import SenfenicoAPI

/// The transfer, settlement and checkout forms: fields, review, sending, and the result (with
/// the checkout's QR code), drawn over the body.
enum OperationFormView {
    private typealias O = Strings.Operations

    static func draw(_ screen: inout Screen, _ context: ViewContext, area: Rect) {
        guard let form = context.state.form, area.height >= 3 else { return }
        // A new payment link: its QR code takes the right of the body, full height, beside the box.
        let matrix = QRView.code(of: form, context.state)
        let placement = QRView.besideBox(matrix, area: area)
        let room = placement?.box
        let width = min(room?.width ?? area.width, form.step == .done && form.kind == .checkout ? area.width : 84)
        let rect = Rect(
            x: area.x + ((room?.width ?? area.width) - width) / 2, y: area.y, width: width, height: area.height)
        screen.fill(rect, style: context.theme[.text])
        let title: LocalizedText =
            switch form.kind {
            case .transfer: O.transferTitle
            case .settlement: O.settlementTitle
            case .checkout: O.checkoutTitle
            }
        let inner = screen.box(
            rect, title: context.text(title), border: context.theme[.paneBorder],
            titleStyle: context.theme[.paneTitleFocused])
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        var writer = LineWriter(screen: screen, area: content, context: context)
        switch form.step {
        case .editing: fields(form, &writer)
        case .review: review(form, &writer)
        case .sending: writer.paragraph(context.text(Strings.Wizard.sending) + " …", style: context.theme[.stale])
        case .done: OperationOutcomeView.draw(form, &writer, codeShownBeside: placement != nil)
        }
        screen = writer.screen
        let hint: LocalizedText =
            switch form.step {
            case .editing: O.editHint
            case .review: O.reviewHint
            case .sending: Strings.Wizard.sending
            case .done:
                if form.kind == .transfer, case .unknown = form.outcome { O.unknownHint } else { O.resultHint }
            }
        screen.write(
            " " + context.text(hint), x: inner.x, y: inner.maxY - 1, style: context.theme[.columnHeader],
            maxWidth: inner.width)
        if let matrix, let placement {
            // Black around the code, as the light quiet zone expects.
            screen.fill(
                Rect(x: rect.maxX, y: area.y, width: area.maxX - rect.maxX, height: area.height),
                style: QRView.style)
            QRView.draw(matrix, &screen, context, area: placement.code)
        }
    }

    private static func fields(_ form: OperationForm, _ writer: inout LineWriter) {
        let context = writer.context
        for field in form.kind.fields {
            let focused = form.focus == field
            var style = context.theme[focused ? .selection : .text]
            style.bold = focused
            var value = form.text(of: field)
            if field == .amount, let amount = form.amount { value += "   = " + amount.formatted(context.language) }
            if field == .phone, let phone = PhoneNumber(form.phoneText) { value = phone.formatted }
            if field == .wallet, !form.walletChosen, form.effectiveWallet != nil {
                value += " " + context.text(Strings.Wizard.suggested)
            }
            if focused, field != .wallet { value += "▏" }
            writer.field(label(field), value: value, style: style)
            if focused, let hint = hint(field, form) {
                writer.line("  " + context.text(hint), style: context.theme[.columnHeader])
            }
            if let error = form.errors[field] {
                writer.paragraph("! " + context.text(error), style: context.theme[.alert])
            }
        }
    }

    static func label(_ field: FormField) -> LocalizedText {
        switch field {
        case .amount: O.amountLabel
        case .phone: O.recipientLabel
        case .wallet: O.walletLabel
        case .email: O.emailLabel
        case .successURL: O.successURLLabel
        case .cancelURL: O.cancelURLLabel
        }
    }

    private static func hint(_ field: FormField, _ form: OperationForm) -> LocalizedText? {
        switch field {
        case .amount: form.kind == .transfer ? O.minimumTransfer : nil
        case .wallet: O.walletKeys
        case .email: O.optional
        default: nil
        }
    }

    private static func review(_ form: OperationForm, _ writer: inout LineWriter) {
        let context = writer.context
        let language = context.language
        let state = context.state
        let strong = context.theme[.amountPositive].bolded
        writer.line(context.text(O.reviewTitle), style: context.theme[.paneTitleFocused])
        writer.blank()
        guard let amount = form.amount else { return }
        writer.field(O.amountLabel, value: amount.formatted(language), style: strong)
        switch form.kind {
        case .transfer:
            writer.field(O.recipientLabel, value: PhoneNumber.formatted(form.phoneText), style: strong)
            writer.field(O.walletLabel, value: form.effectiveWallet?.displayName ?? "—", style: strong)
            let fee = TransferFees.estimatedFee(amount)
            writer.blank()
            writer.line(
                O.estimatedFees.filling([
                    "rate": Formatting.rate(TransferFees.documentedRate, language), "fee": fee.formatted(language),
                ]).text(in: language), style: context.theme[.text])
            writer.line(
                O.totalDebit.filling(["total": TransferFees.estimatedDebit(amount).formatted(language)]).text(
                    in: language), style: context.theme[.text])
            if let wallet = form.effectiveWallet, let balances = state.balances {
                writer.line(
                    O.availableIn.filling([
                        "wallet": wallet.displayName, "amount": balances.transfer[wallet].available.formatted(language),
                    ]).text(in: language), style: context.theme[.text])
            } else {
                writer.paragraph(context.text(O.balanceUnknown), style: context.theme[.stale])
            }
        case .settlement:
            if let balances = state.balances {
                writer.line(
                    O.collectionAvailable.filling(["amount": balances.collection.available.formatted(language)]).text(
                        in: language), style: context.theme[.text])
            }
            writer.paragraph(context.text(O.settlementFeesNote), style: context.theme[.text])
        case .checkout:
            writer.field(O.emailLabel, value: form.emailText.isEmpty ? "—" : form.emailText, style: strong)
            writer.field(O.successURLLabel, value: form.successURLText, style: context.theme[.text])
            writer.field(O.cancelURLLabel, value: form.cancelURLText, style: context.theme[.text])
        }
        if state.mode == .live, form.kind.movesMoney {
            writer.blank()
            writer.paragraph(
                O.liveConfirm.filling(["amount": String(amount.francs)]).text(in: language),
                style: context.theme[.bannerLive])
            writer.line("  " + form.confirmText + "▏", style: context.theme[.selection].bolded)
        }
        if let error = form.reviewError {
            writer.blank()
            writer.paragraph("! " + context.text(error), style: context.theme[.alert])
        }
    }
}
