/// A charge to create. Build it with `ChargeRequest.validated` so the reference's rules are
/// checked before anything is sent.
public struct ChargeRequest: Sendable, Hashable {
    public var amount: Money
    public var phone: PhoneNumber
    public var provider: Provider
    public var currency = "XOF"
    public var paymentMethod = "mobile_money"

    public init(amount: Money, phone: PhoneNumber, provider: Provider) {
        self.amount = amount
        self.phone = phone
        self.provider = provider
    }

    /// Checks the amount and that the phone fits the provider's prefixes.
    public static func validated(amount: Money, phone: String, provider: Provider) -> Result<
        ChargeRequest, ValidationIssue
    > {
        Validator.amount(amount).flatMap { amount in
            Validator.phone(phone, for: provider).map { ChargeRequest(amount: amount, phone: $0, provider: provider) }
        }
    }
}

/// The OTP the customer received, for `POST /v1/payment/charges/submit`.
public struct OTPSubmission: Sendable, Hashable {
    public var chargeReference: String
    /// Kept as text: an OTP may start with 0.
    public var otp: String

    public init(chargeReference: String, otp: String) {
        self.chargeReference = chargeReference
        self.otp = otp
    }

    public static func validated(chargeReference: String, otp: String) -> Result<OTPSubmission, ValidationIssue> {
        Validator.reference(chargeReference).flatMap { reference in
            Validator.otp(otp).map { OTPSubmission(chargeReference: reference, otp: $0) }
        }
    }
}

/// One payout, for `POST /v1/payment/transfers/` or as an item of a bulk transfer.
public struct TransferRequest: Sendable, Hashable {
    public var amount: Money
    public var recipientPhone: PhoneNumber
    /// When `nil`, Senfenico picks the wallet from the number's prefix.
    public var recipientWallet: TransferWallet?
    /// The caller's own identifier; reusing it after a lost response lets the caller find the
    /// transfer instead of sending a second one.
    public var extID: String?

    public init(
        amount: Money, recipientPhone: PhoneNumber, recipientWallet: TransferWallet? = nil, extID: String? = nil
    ) {
        self.amount = amount
        self.recipientPhone = recipientPhone
        self.recipientWallet = recipientWallet
        self.extID = extID
    }

    public static func validated(
        amount: Money, recipientPhone: String, recipientWallet: TransferWallet? = nil, extID: String? = nil
    ) -> Result<TransferRequest, ValidationIssue> {
        Validator.transferAmount(amount).flatMap { amount in
            Validator.recipient(recipientPhone).flatMap { phone in
                Validator.extID(extID ?? "").map { _ in
                    TransferRequest(
                        amount: amount, recipientPhone: phone, recipientWallet: recipientWallet, extID: extID)
                }
            }
        }
    }
}

/// `POST /v1/payment/settlements/`.
public struct SettlementRequest: Sendable, Hashable {
    public var amount: Money

    public init(amount: Money) {
        self.amount = amount
    }
}

/// `POST /v1/payment/checkouts/initialize/`.
public struct CheckoutRequest: Sendable, Hashable {
    public var amount: Money
    public var email: String?
    public var successURL: String
    public var cancelURL: String

    public init(amount: Money, email: String? = nil, successURL: String, cancelURL: String) {
        self.amount = amount
        self.email = email
        self.successURL = successURL
        self.cancelURL = cancelURL
    }

    public static func validated(
        amount: Money, email: String?, successURL: String, cancelURL: String
    ) -> Result<CheckoutRequest, ValidationIssue> {
        Validator.amount(amount).flatMap { amount in
            Validator.webURL(successURL, field: "success_url").flatMap { success in
                Validator.webURL(cancelURL, field: "cancel_url").flatMap { cancel in
                    let checkedEmail: Result<String?, ValidationIssue> =
                        email.map { Validator.email($0).map(Optional.some) } ?? .success(nil)
                    return checkedEmail.map {
                        CheckoutRequest(amount: amount, email: $0, successURL: success, cancelURL: cancel)
                    }
                }
            }
        }
    }
}
