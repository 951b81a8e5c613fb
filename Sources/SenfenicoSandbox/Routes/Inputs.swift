import SenfenicoAPI

/// `POST /v1/payment/charges/`, checked.
struct ChargeInput: Sendable {
    var amount: Money
    var phone: PhoneNumber
    var provider: Provider

    static func parse(_ body: RequestFields) -> Result<ChargeInput, SandboxFailure> {
        var body = body
        let amount = body.amount("amount")
        if !body.isMissing("currency"), let currency = body.optionalString("currency"), currency != "XOF" {
            body.fail("currency", FieldMessages.notAChoice(currency))
        }
        if !body.isMissing("payment_method"), let method = body.optionalString("payment_method"),
            method != "mobile_money"
        {
            body.fail("payment_method", FieldMessages.notAChoice(method))
        }
        var phone: PhoneNumber?
        var provider: Provider?
        if var details = body.object("payment_method_details") {
            // A provider the API does not serve is a payment error of its own, not a field
            // error: `UNSUPPORTED_PROVIDER` is in the reference's table for that.
            if let raw = details.optionalString("provider"), !raw.isEmpty, !Provider(rawValue: raw).isKnown {
                return .failure(.payment(.unsupportedProvider, message: Messages.chargeFailed(.unsupportedProvider)))
            }
            provider = details.choice("provider", Provider.self, required: true)
            let phoneText = details.string("phone")
            if let phoneText {
                switch provider.map({ Validator.phone(phoneText, for: $0) }) ?? PhoneNumber.parse(phoneText) {
                case .success(let number): phone = number
                case .failure(let issue): details.fail("phone", issue.message.english)
                }
            }
            // The nested fields are reported under their own names (`phone`, `provider`).
            for (field, messages) in details.errors {
                for message in messages { body.fail(field, message) }
            }
        }
        if let failure = body.failure { return .failure(failure) }
        guard let amount, let phone, let provider else {
            return .failure(.field("non_field_errors", FieldMessages.required))
        }
        return .success(ChargeInput(amount: amount, phone: phone, provider: provider))
    }
}

/// `POST /v1/payment/charges/submit`, checked.
struct OTPInput: Sendable {
    var otp: String
    var chargeReference: String

    static func parse(_ body: RequestFields) -> Result<OTPInput, SandboxFailure> {
        var body = body
        let otp = body.string("otp")
        let reference = body.string("charge_reference")
        if let failure = body.failure { return .failure(failure) }
        guard let otp, let reference else { return .failure(.field("non_field_errors", FieldMessages.required)) }
        return .success(OTPInput(otp: otp, chargeReference: reference))
    }
}

/// One transfer, single or as an item of a bulk.
struct TransferInput: Sendable {
    var amount: Money
    var recipientPhone: PhoneNumber
    /// The wallet that pays: the given one, else the one of the number's network
    /// (Orange → orange_bf, Moov → moov_bf, Telecel → sank_bf), as the reference describes.
    var wallet: TransferWallet
    var extID: String?

    static let maximumExtIDLength = 255

    static func parse(_ body: RequestFields) -> Result<TransferInput, SandboxFailure> {
        var body = body
        let amount = body.amount("amount", minimum: 100)
        var phone: PhoneNumber?
        if let text = body.string("recipient_phone") {
            switch Validator.recipient(text) {
            case .success(let number): phone = number
            case .failure(let issue): body.fail("recipient_phone", issue.message.english)
            }
        }
        let wallet = body.choice("recipient_wallet", TransferWallet.self, required: false)
        let extID = body.optionalString("ext_id")
        if let extID, extID.count > maximumExtIDLength {
            body.fail("ext_id", FieldMessages.maxLength(maximumExtIDLength))
        }
        if let failure = body.failure { return .failure(failure) }
        guard let amount, let phone, let chosen = wallet ?? phone.mobileOperator?.suggestedWallet else {
            return .failure(.field("non_field_errors", FieldMessages.required))
        }
        return .success(TransferInput(amount: amount, recipientPhone: phone, wallet: chosen, extID: extID))
    }

    /// The item as the caller sent it, for `failed_transfers[].data`: `recipient_wallet` is
    /// null when it was not given, as in the reference's sample.
    static func echo(_ body: RequestFields) -> FailedTransfer {
        var body = body
        let amount = RequestFields.parseAmount(body.raw("amount"), minimum: 0)
        return FailedTransfer(
            amount: try? amount.get(),
            recipientPhone: body.isMissing("recipient_phone") ? nil : body.optionalString("recipient_phone"),
            recipientWallet: (body.isMissing("recipient_wallet") ? nil : body.optionalString("recipient_wallet"))
                .map(TransferWallet.init(rawValue:)),
            extID: body.isMissing("ext_id") ? nil : body.optionalString("ext_id"),
            errors: [:])
    }
}

/// `POST /v1/payment/settlements/`, checked.
struct SettlementInput: Sendable {
    var amount: Money

    static func parse(_ body: RequestFields) -> Result<SettlementInput, SandboxFailure> {
        var body = body
        let amount = body.amount("amount")
        if let failure = body.failure { return .failure(failure) }
        guard let amount else { return .failure(.field("amount", FieldMessages.required)) }
        return .success(SettlementInput(amount: amount))
    }
}

/// `POST /v1/payment/checkouts/initialize/`, checked.
struct CheckoutInput: Sendable {
    var amount: Money
    var email: String?
    var successURL: String
    var cancelURL: String

    static func parse(_ body: RequestFields) -> Result<CheckoutInput, SandboxFailure> {
        var body = body
        let amount = body.amount("amount")
        var email = body.optionalString("email")
        if let text = email {
            if case .failure = Validator.email(text) {
                body.fail("email", FieldMessages.validEmail)
                email = nil
            }
        }
        func url(_ field: String, _ body: inout RequestFields) -> String? {
            guard let text = body.string(field) else { return nil }
            guard case .success(let valid) = Validator.webURL(text, field: field) else {
                body.fail(field, FieldMessages.validURL)
                return nil
            }
            return valid
        }
        let success = url("success_url", &body)
        let cancel = url("cancel_url", &body)
        if let failure = body.failure { return .failure(failure) }
        guard let amount, let success, let cancel else {
            return .failure(.field("non_field_errors", FieldMessages.required))
        }
        return .success(CheckoutInput(amount: amount, email: email, successURL: success, cancelURL: cancel))
    }
}
