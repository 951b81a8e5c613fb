/// Reads each model from the API's JSON, field by field.
///
/// Tolerance rules, from the reference and from what a real server may send:
/// unknown fields are skipped; every field may be `null`; amounts and fees may be numbers or
/// strings; unknown status values are kept as `.unknown(raw)`. Only the fields without which
/// a row means nothing (`reference`, `amount`, `status`) are required.
protocol JSONReadable {
    static func read(from reader: inout JSONReader) throws -> Self
}

/// A required field was absent or `null`.
struct MissingField: Error {
    let name: String
    let model: String
}

extension Charge: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> Charge {
        var reference: String?
        var amount: Money?
        var status: ChargeStatus?
        var charge = Charge(reference: "", amount: .zero, status: .pending)
        charge.currency = "XOF"
        charge.paymentMethod = nil
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "reference") {
                reference = try reader.readOptionalString()
            } else if reader.matches(key, "amount") {
                amount = try reader.readMoney()
            } else if reader.matches(key, "fees") {
                charge.fees = try reader.readFeeRate()
            } else if reader.matches(key, "currency") {
                charge.currency = try reader.readOptionalString() ?? "XOF"
            } else if reader.matches(key, "transaction_date") {
                charge.transactionDate = try reader.readTimestamp()
            } else if reader.matches(key, "ip_address") {
                charge.ipAddress = try reader.readOptionalString()
            } else if reader.matches(key, "status") {
                status = try reader.readOptionalString().map(ChargeStatus.init(rawValue:))
            } else if reader.matches(key, "live_mode") {
                charge.liveMode = try reader.readBool() ?? false
            } else if reader.matches(key, "payment_method") {
                charge.paymentMethod = try reader.readOptionalString()
            } else if reader.matches(key, "provider") {
                charge.provider = try reader.readOptionalString().map(Provider.init(rawValue:))
            } else if reader.matches(key, "phone") {
                charge.phone = try reader.readOptionalString()
            } else if reader.matches(key, "cancelled_at") {
                charge.cancelledAt = try reader.readTimestamp()
            } else if reader.matches(key, "cancellation_reason") {
                charge.cancellationReason = try reader.readOptionalString()
            } else if reader.matches(key, "created_at") {
                charge.createdAt = try reader.readTimestamp()
            } else if reader.matches(key, "updated_at") {
                charge.updatedAt = try reader.readTimestamp()
            } else if reader.matches(key, "confirmation_attempts") {
                charge.confirmationAttempts = try reader.readArray() ?? []
            } else {
                try reader.skipValue()
            }
        }
        guard let reference else { throw MissingField(name: "reference", model: "charge") }
        guard let amount else { throw MissingField(name: "amount", model: "charge") }
        charge.reference = reference
        charge.amount = amount
        charge.status = status ?? .unknown("")
        return charge
    }
}

extension ConfirmationAttempt: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> ConfirmationAttempt {
        var attempt = ConfirmationAttempt(ipAddress: nil, attemptDate: nil, confirmationStatus: .unknown(""))
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "ip_address") {
                attempt.ipAddress = try reader.readOptionalString()
            } else if reader.matches(key, "attempt_date") {
                attempt.attemptDate = try reader.readTimestamp()
            } else if reader.matches(key, "confirmation_status") {
                attempt.confirmationStatus = ConfirmationStatus(rawValue: try reader.readOptionalString() ?? "")
            } else {
                try reader.skipValue()
            }
        }
        return attempt
    }
}

extension ChargeAttempt: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> ChargeAttempt {
        var reference: String?
        var attempt = ChargeAttempt(reference: "", status: .unknown(""), displayText: nil, liveMode: false)
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "reference") {
                reference = try reader.readOptionalString()
            } else if reader.matches(key, "status") {
                attempt.status = ChargeStatus(rawValue: try reader.readOptionalString() ?? "")
            } else if reader.matches(key, "display_text") {
                attempt.displayText = try reader.readOptionalString()
            } else if reader.matches(key, "live_mode") {
                attempt.liveMode = try reader.readBool() ?? false
            } else {
                try reader.skipValue()
            }
        }
        guard let reference else { throw MissingField(name: "reference", model: "charge attempt") }
        attempt.reference = reference
        return attempt
    }
}

extension Transfer: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> Transfer {
        var reference: String?
        var amount: Money?
        var transfer = Transfer(
            reference: "", amount: .zero, recipientPhone: nil, status: .unknown(""), recipientWallet: nil, extID: nil,
            createdAt: nil)
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "reference") {
                reference = try reader.readOptionalString()
            } else if reader.matches(key, "amount") {
                amount = try reader.readMoney()
            } else if reader.matches(key, "fees") {
                transfer.fees = try reader.readFeeRate()
            } else if reader.matches(key, "recipient_phone") {
                transfer.recipientPhone = try reader.readOptionalString()
            } else if reader.matches(key, "currency") {
                transfer.currency = try reader.readOptionalString() ?? "XOF"
            } else if reader.matches(key, "ip_address") {
                transfer.ipAddress = try reader.readOptionalString()
            } else if reader.matches(key, "status") {
                transfer.status = TransferStatus(rawValue: try reader.readOptionalString() ?? "")
            } else if reader.matches(key, "live_mode") {
                transfer.liveMode = try reader.readBool() ?? false
            } else if reader.matches(key, "recipient_wallet") {
                transfer.recipientWallet = try reader.readOptionalString().map(TransferWallet.init(rawValue:))
            } else if reader.matches(key, "ext_id") {
                transfer.extID = try reader.readOptionalString()
            } else if reader.matches(key, "created_at") {
                transfer.createdAt = try reader.readTimestamp()
            } else {
                try reader.skipValue()
            }
        }
        guard let reference else { throw MissingField(name: "reference", model: "transfer") }
        guard let amount else { throw MissingField(name: "amount", model: "transfer") }
        transfer.reference = reference
        transfer.amount = amount
        return transfer
    }
}

extension FailedTransfer: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> FailedTransfer {
        var failed = FailedTransfer(amount: nil, recipientPhone: nil, recipientWallet: nil, extID: nil, errors: [:])
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "data") {
                guard try !reader.consumeNull() else { continue }
                try reader.beginObject()
                var firstInner = true
                while let inner = try reader.nextKey(first: &firstInner) {
                    if reader.matches(inner, "amount") {
                        failed.amount = try reader.readMoney()
                    } else if reader.matches(inner, "recipient_phone") {
                        failed.recipientPhone = try reader.readOptionalString()
                    } else if reader.matches(inner, "recipient_wallet") {
                        failed.recipientWallet = try reader.readOptionalString().map(TransferWallet.init(rawValue:))
                    } else if reader.matches(inner, "ext_id") {
                        failed.extID = try reader.readOptionalString()
                    } else {
                        try reader.skipValue()
                    }
                }
            } else if reader.matches(key, "errors") {
                failed.errors = try reader.readErrorMap()
            } else {
                try reader.skipValue()
            }
        }
        return failed
    }
}

extension Settlement: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> Settlement {
        var reference: String?
        var amount: Money?
        var settlement = Settlement(
            reference: "", amount: .zero, settlementFees: nil, status: .unknown(""), createdAt: nil, updatedAt: nil,
            accountType: nil, destination: SettlementDestination())
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "reference") {
                reference = try reader.readOptionalString()
            } else if reader.matches(key, "amount") {
                amount = try reader.readMoney()
            } else if reader.matches(key, "settlement_fees") {
                settlement.settlementFees = try reader.readMoney()
            } else if reader.matches(key, "currency") {
                settlement.currency = try reader.readOptionalString() ?? "XOF"
            } else if reader.matches(key, "status") {
                settlement.status = SettlementStatus(rawValue: try reader.readOptionalString() ?? "")
            } else if reader.matches(key, "live_mode") {
                settlement.liveMode = try reader.readBool() ?? false
            } else if reader.matches(key, "created_at") {
                settlement.createdAt = try reader.readTimestamp()
            } else if reader.matches(key, "updated_at") {
                settlement.updatedAt = try reader.readTimestamp()
            } else if reader.matches(key, "account_type") {
                settlement.accountType = try reader.readOptionalString().map(SettlementAccountType.init(rawValue:))
            } else if try !settlement.destination.read(key, from: &reader) {
                try reader.skipValue()
            }
        }
        guard let reference else { throw MissingField(name: "reference", model: "settlement") }
        guard let amount else { throw MissingField(name: "amount", model: "settlement") }
        settlement.reference = reference
        settlement.amount = amount
        return settlement
    }
}

extension SettlementDestination {
    /// Reads the member if it is one of the destination's fields; false otherwise.
    fileprivate mutating func read(_ key: JSONReader.Key, from reader: inout JSONReader) throws -> Bool {
        let fields: [(StaticString, WritableKeyPath<SettlementDestination, String?>)] = [
            ("iban", \.iban), ("rib", \.rib), ("bank_name", \.bankName), ("bank_address", \.bankAddress),
            ("account_holder_name", \.accountHolderName), ("account_holder_address", \.accountHolderAddress),
            ("swift_bic_code", \.swiftBICCode), ("provider", \.provider), ("phone", \.phone),
            ("usdt_wallet_address", \.usdtWalletAddress),
        ]
        for (name, path) in fields where reader.matches(key, name) {
            self[keyPath: path] = try reader.readOptionalString()
            return true
        }
        return false
    }
}

extension Checkout: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> Checkout {
        var reference: String?
        var amount: Money?
        var checkout = Checkout(
            email: nil, reference: "", chargeReference: nil, amount: .zero, successURL: nil, cancelURL: nil,
            phone: nil, provider: nil, liveMode: false, createdAt: nil, updatedAt: nil, status: .unknown(""))
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "email") {
                checkout.email = try reader.readOptionalString()
            } else if reader.matches(key, "reference") {
                reference = try reader.readOptionalString()
            } else if reader.matches(key, "charge_reference") {
                checkout.chargeReference = try reader.readOptionalString()
            } else if reader.matches(key, "amount") {
                amount = try reader.readMoney()
            } else if reader.matches(key, "success_url") {
                checkout.successURL = try reader.readOptionalString()
            } else if reader.matches(key, "cancel_url") {
                checkout.cancelURL = try reader.readOptionalString()
            } else if reader.matches(key, "phone") {
                checkout.phone = try reader.readOptionalString()
            } else if reader.matches(key, "provider") {
                checkout.provider = try reader.readOptionalString()
            } else if reader.matches(key, "live_mode") {
                checkout.liveMode = try reader.readBool() ?? false
            } else if reader.matches(key, "created_at") {
                checkout.createdAt = try reader.readTimestamp()
            } else if reader.matches(key, "updated_at") {
                checkout.updatedAt = try reader.readTimestamp()
            } else if reader.matches(key, "status") {
                checkout.status = CheckoutStatus(rawValue: try reader.readOptionalString() ?? "")
            } else {
                try reader.skipValue()
            }
        }
        guard let reference else { throw MissingField(name: "reference", model: "checkout") }
        checkout.reference = reference
        checkout.amount = amount ?? .zero
        return checkout
    }
}

extension CheckoutSession: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> CheckoutSession {
        var reference: String?
        var url: String?
        var liveMode = false
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "reference") {
                reference = try reader.readOptionalString()
            } else if reader.matches(key, "authorization_url") {
                url = try reader.readOptionalString()
            } else if reader.matches(key, "live_mode") {
                liveMode = try reader.readBool() ?? false
            } else {
                try reader.skipValue()
            }
        }
        guard let reference else { throw MissingField(name: "reference", model: "checkout session") }
        guard let url else { throw MissingField(name: "authorization_url", model: "checkout session") }
        return CheckoutSession(reference: reference, authorizationURL: url, liveMode: liveMode)
    }
}

extension Balances: JSONReadable {
    static func read(from reader: inout JSONReader) throws -> Balances {
        var balances = Balances(
            collection: CollectionBalance(available: .zero, pending: .zero),
            transfer: TransferBalances(
                totalAvailable: .zero, totalPending: .zero, orange: .zero, moov: .zero, sank: .zero))
        var sawTotals = false
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "collection_balances") {
                guard try !reader.consumeNull() else { continue }
                try reader.beginObject()
                var firstInner = true
                while let inner = try reader.nextKey(first: &firstInner) {
                    if reader.matches(inner, "available") {
                        balances.collection.available = try reader.readMoney() ?? .zero
                    } else if reader.matches(inner, "pending") {
                        balances.collection.pending = try reader.readMoney() ?? .zero
                    } else if reader.matches(inner, "currency") {
                        balances.collection.currency = try reader.readOptionalString() ?? "XOF"
                    } else {
                        try reader.skipValue()
                    }
                }
            } else if reader.matches(key, "transfer_balances") {
                guard try !reader.consumeNull() else { continue }
                try reader.beginObject()
                var firstInner = true
                while let inner = try reader.nextKey(first: &firstInner) {
                    if reader.matches(inner, "total_available") {
                        balances.transfer.totalAvailable = try reader.readMoney() ?? .zero
                        sawTotals = true
                    } else if reader.matches(inner, "total_pending") {
                        balances.transfer.totalPending = try reader.readMoney() ?? .zero
                    } else if reader.matches(inner, "orange_money_bf") {
                        balances.transfer.orange = try WalletBalance.read(from: &reader)
                    } else if reader.matches(inner, "moov_money_bf") {
                        balances.transfer.moov = try WalletBalance.read(from: &reader)
                    } else if reader.matches(inner, "sank_money_bf") {
                        balances.transfer.sank = try WalletBalance.read(from: &reader)
                    } else {
                        try reader.skipValue()
                    }
                }
            } else {
                try reader.skipValue()
            }
        }
        if !sawTotals {
            // An older answer without totals: derive them exactly from the wallets. Amounts near
            // the limit of `Money` would overflow (a trap): such an answer is unreadable.
            let wallets = [balances.transfer.orange, balances.transfer.moov, balances.transfer.sank]
            balances.transfer.totalAvailable = try sum(wallets.map(\.available))
            balances.transfer.totalPending = try sum(wallets.map(\.pending))
        }
        return balances
    }

    private static func sum(_ amounts: [Money]) throws(AmountOutOfRange) -> Money {
        var total: Int64 = 0
        for amount in amounts {
            let (sum, overflow) = total.addingReportingOverflow(amount.hundredths)
            guard !overflow else { throw AmountOutOfRange() }
            total = sum
        }
        return Money(hundredths: total)
    }
}

/// Amounts whose sum does not fit in `Money`: only a broken or hostile server sends them.
struct AmountOutOfRange: Error, CustomStringConvertible {
    var description: String { "amounts too large to add up" }
}

extension WalletBalance {
    fileprivate static func read(from reader: inout JSONReader) throws -> WalletBalance {
        guard try !reader.consumeNull() else { return .zero }
        var wallet = WalletBalance.zero
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.matches(key, "available") {
                wallet.available = try reader.readMoney() ?? .zero
            } else if reader.matches(key, "pending") {
                wallet.pending = try reader.readMoney() ?? .zero
            } else {
                try reader.skipValue()
            }
        }
        return wallet
    }
}

extension JSONReader {
    /// An array of models, or `nil` for `null`.
    mutating func readArray<Element: JSONReadable>() throws -> [Element]? {
        guard try !consumeNull() else { return nil }
        try beginArray()
        var elements: [Element] = []
        var first = true
        while try nextElement(first: &first) {
            elements.append(try Element.read(from: &self))
        }
        return elements
    }

    /// How deep `readErrorMap` follows nested lists and objects; a real answer nests two or three
    /// levels. Deeper values are skipped (`skipValue` does not recurse): a hostile body of a
    /// million `[` would otherwise overflow the stack.
    static let maximumErrorMapDepth = 32

    /// DRF-style validation errors: `{"field": ["message", ...]}`, where a value may also be a
    /// single string or a nested object (`payment_method_details.phone`), flattened here.
    mutating func readErrorMap(prefix: String = "", depth: Int = 0) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        guard depth < JSONReader.maximumErrorMapDepth else {
            try skipValue()
            return result
        }
        switch try peek() {
        case UInt8(ascii: "n"):
            _ = try consumeNull()
        case UInt8(ascii: "\""):
            result[prefix.isEmpty ? "non_field_errors" : prefix] = [try readString()]
        case UInt8(ascii: "["):
            try beginArray()
            var messages: [String] = []
            var first = true
            while try nextElement(first: &first) {
                if try peek() == UInt8(ascii: "\"") {
                    messages.append(try readString())
                } else {
                    result.merge(try readErrorMap(prefix: prefix, depth: depth + 1)) { $0 + $1 }
                }
            }
            if !messages.isEmpty { result[prefix.isEmpty ? "non_field_errors" : prefix, default: []] += messages }
        case UInt8(ascii: "{"):
            try beginObject()
            var first = true
            while let key = try nextKey(first: &first) {
                let name = prefix.isEmpty ? string(of: key) : "\(prefix).\(string(of: key))"
                result.merge(try readErrorMap(prefix: name, depth: depth + 1)) { $0 + $1 }
            }
        default:
            try skipValue()
        }
        return result
    }
}
