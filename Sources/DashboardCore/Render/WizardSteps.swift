import Localization
import SenfenicoAPI

/// What each wizard step shows, and the keys it takes.
enum StepContent {
    typealias W = Strings.Wizard

    static func draw(_ wizard: ChargeWizard, _ writer: inout LineWriter) {
        let context = writer.context
        let theme = context.theme
        var field = theme[.selection]
        field.bold = true
        switch wizard.step {
        case .amount:
            writer.field(W.amountLabel, value: amountPreview(wizard, context.language), style: field)
        case .phone:
            writer.field(W.amountLabel, value: amountPreview(wizard, context.language), style: theme[.text])
            writer.field(W.phoneLabel, value: phonePreview(wizard.phoneText), style: field)
        case .provider:
            writer.field(W.phoneLabel, value: phonePreview(wizard.phoneText), style: theme[.text])
            writer.blank()
            let suggested = PhoneNumber(wizard.phoneText)?.mobileOperator?.suggestedProvider
            for (provider, letter) in ChargeWizard.providers {
                let marker = provider == wizard.provider ? "› " : "  "
                var text = "\(marker)(\(letter)) \(provider.displayName)"
                if provider == suggested { text += "  " + context.text(W.suggested) }
                writer.line(text, style: provider == wizard.provider ? field : theme[.text])
            }
        case .review:
            summary(wizard, &writer)
            if let earlier = wizard.similarRecent {
                writer.blank()
                let warning = W.similarWarning.filling(["time": Formatting.time(earlier, context.zone)])
                writer.paragraph(context.text(warning), style: theme[.alert])
            }
        case .sending:
            summary(wizard, &writer)
            writer.blank()
            writer.line(context.text(W.sending) + spinner(context.state.now), style: field)
        case .otp, .submittingOTP:
            askCustomer(wizard, offline: false, &writer)
            writer.blank()
            let otp = wizard.otpText.isEmpty ? "_" : wizard.otpText
            writer.field(W.otpLabel, value: otp, style: field)
            if wizard.step == .submittingOTP {
                writer.line(context.text(W.checkingCode) + spinner(context.state.now), style: theme[.text])
            }
        case .waitingOffline:
            askCustomer(wizard, offline: true, &writer)
            writer.blank()
            writer.line(context.text(W.waitingPhone), style: field)
            writer.line(waitingTimes(wizard, context), style: theme[.text])
        case .outcomeUnknown:
            summary(wizard, &writer)
            writer.blank()
            writer.paragraph(context.text(W.outcomeUnknown), style: theme[.alert])
            let searching = wizard.isReconciling ? W.searching : W.searchAgain
            writer.line(
                context.text(searching) + (wizard.isReconciling ? spinner(context.state.now) : ""), style: field)
        case .otpExpired:
            summary(wizard, &writer)
            writer.blank()
            writer.paragraph(context.text(W.otpExpired), style: theme[.alert])
        case .confirmCandidate:
            summary(wizard, &writer)
            writer.blank()
            if let charge = wizard.candidates.first {
                let question = W.candidateFound.filling([
                    "time": Formatting.dayAndTime(charge.createdAt, context.zone),
                    "status": context.text(charge.status.words),
                    "reference": TextSanitizer.clean(charge.reference),
                ])
                writer.paragraph(context.text(question), style: theme[.alert])
            }
        case .settling:
            summary(wizard, &writer)
            writer.blank()
            writer.paragraph(context.text(W.settleQuestion), style: theme[.alert])
            writer.field(
                W.settleReasonLabel,
                value: wizard.settleReason.isEmpty ? "_" : TextSanitizer.clean(wizard.settleReason),
                style: field)
        case .succeeded(let charge):
            writer.line(context.text(W.succeeded), style: theme[.statusSuccess].bolded)
            writer.blank()
            result(charge, wizard, &writer)
        case .failed(let reason):
            writer.line(context.text(W.failed), style: theme[.statusFailed].bolded)
            writer.blank()
            summary(wizard, &writer)
            writer.paragraph(context.text(reason), style: theme[.alert])
        }
    }

    /// What to ask the customer, in the cashier's language (with the USSD code to dial when the
    /// operator's text has one), then the operator's own text exactly. A charge found again
    /// without the text (lost answer) gets the general sentence.
    private static func askCustomer(_ wizard: ChargeWizard, offline: Bool, _ writer: inout LineWriter) {
        let context = writer.context
        let display = wizard.attempt?.displayText.flatMap { $0.isEmpty ? nil : $0 }
        let ask: LocalizedText =
            switch (offline, display.flatMap(USSDCode.first(in:))) {
            case (false, let code?): W.askDialForCode.filling(["code": code])
            case (false, nil): display == nil ? W.otpWithoutText : W.askForCode
            case (true, let code?): W.askDialToConfirm.filling(["code": code])
            case (true, nil): W.askToConfirm
            }
        writer.paragraph(context.text(ask), style: context.theme[.text].bolded)
        if let display {
            writer.blank()
            writer.operatorText(display)
        }
    }

    static func hint(_ wizard: ChargeWizard, counterMode: Bool = false) -> LocalizedText {
        switch wizard.step {
        case .amount where counterMode: W.hintAmountCounter
        case .otpExpired where counterMode: W.hintExpiredCounter
        case .succeeded where counterMode, .failed where counterMode: W.hintDoneCounter
        case .amount: W.hintAmount
        case .phone: W.hintPhone
        case .provider: W.hintProvider
        case .review: wizard.similarRecent == nil ? W.hintReview : W.hintReviewSimilar
        case .sending, .submittingOTP: W.hintWait
        case .otp: wizard.isResumed ? W.hintOTPResumed : W.hintOTP
        case .waitingOffline, .outcomeUnknown: wizard.isResumed ? W.hintWaitingResumed : W.hintWaiting
        case .otpExpired: W.hintExpired
        case .confirmCandidate: W.hintCandidate
        case .settling: W.hintSettle
        case .succeeded, .failed: W.hintDone
        }
    }

    private static func summary(_ wizard: ChargeWizard, _ writer: inout LineWriter) {
        let context = writer.context
        writer.field(W.amountLabel, value: amountPreview(wizard, context.language), style: context.theme[.text].bolded)
        writer.field(W.providerLabel, value: wizard.provider.displayName, style: context.theme[.text].bolded)
        writer.field(W.phoneLabel, value: phonePreview(wizard.phoneText), style: context.theme[.text].bolded)
    }

    private static func result(_ charge: Charge, _ wizard: ChargeWizard, _ writer: inout LineWriter) {
        let context = writer.context
        let style = context.theme[.text].bolded
        writer.field(W.amountLabel, value: charge.amount.formatted(context.language), style: style)
        if let rate = charge.fees {
            // The same figure as the day's export: the rate applied to the amount.
            let fee = rate.fee(on: charge.amount)
            writer.field(
                W.feesLabel,
                value: fee.formatted(context.language) + " (" + Formatting.rate(rate, context.language) + ")",
                style: context.theme[.text])
            writer.field(W.netLabel, value: (charge.amount - fee).formatted(context.language), style: style)
        } else {
            writer.field(W.feesLabel, value: "—", style: context.theme[.text])
        }
        writer.field(
            W.providerLabel, value: (charge.provider ?? wizard.provider).displayName, style: context.theme[.text])
        writer.field(W.phoneLabel, value: phonePreview(wizard.phoneText), style: context.theme[.text])
        writer.field(W.referenceLabel, value: TextSanitizer.clean(charge.reference), style: context.theme[.text])
        let time = charge.transactionDate ?? charge.updatedAt ?? charge.createdAt
        writer.field(W.timeLabel, value: Formatting.dayAndTime(time, context.zone), style: context.theme[.text])
    }

    /// `1 000 F CFA` as the digits are typed; `_` before the first.
    static func amountPreview(_ wizard: ChargeWizard, _ language: Language) -> String {
        guard !wizard.amountText.isEmpty, let francs = Int64(wizard.amountText) else { return "_ F CFA" }
        return Money(francs: francs).formatted(language)
    }

    /// `76 00 00 00` once eight digits are there; as typed before.
    static func phonePreview(_ text: String) -> String {
        guard !text.isEmpty else { return "_" }
        return PhoneNumber(text).map { PhoneNumber.formatted($0.digits) } ?? text
    }

    private static func waitingTimes(_ wizard: ChargeWizard, _ context: ViewContext) -> String {
        let now = context.state.now.microsecondsSinceEpoch
        let started = wizard.attempt?.startedAt.microsecondsSinceEpoch ?? now
        let elapsed = max(0, (now - started) / 1_000_000)
        let next = wizard.nextPoll.map { max(0, ($0.microsecondsSinceEpoch - now + 999_999) / 1_000_000) } ?? 0
        let elapsedText = "\(elapsed / 60):" + (elapsed % 60 < 10 ? "0" : "") + "\(elapsed % 60)"
        return context.text(W.waitingTimes.filling(["elapsed": elapsedText, "next": String(next)]))
    }

    /// A turning bar, so the cashier sees the terminal is still working.
    private static func spinner(_ now: Timestamp) -> String {
        let frames = ["   ", ".  ", ".. ", "..."]
        return " " + frames[Int((now.microsecondsSinceEpoch / 1_000_000) % 4)]
    }
}

extension Style {
    var bolded: Style {
        var copy = self
        copy.bold = true
        return copy
    }
}
