/// The models written back as the server writes them, field for field and in the reference's
/// order. The sandbox answers with these, and the client uses them to show data as JSON.
extension Charge {
    /// Which of the reference's charge samples to follow: the OTP-submit answer lacks
    /// `phone`, `created_at` and `updated_at`; fetch and list carry them.
    public enum WireShape: Sendable {
        case full
        case submitAnswer
    }

    public func write(to json: inout JSONWriter, shape: WireShape = .full) {
        json.object { json in
            json.member("reference", reference)
            json.member("amount", number: amount.jsonText)
            // fetch and list print fees as a string ("3.50"), the submit answer as a number (3.5).
            if shape == .full {
                json.member("fees", fees?.jsonStringText)
            } else {
                json.member("fees", number: fees?.jsonNumberText)
            }
            json.member("currency", currency)
            json.member("transaction_date", transactionDate)
            json.member("ip_address", ipAddress)
            json.member("status", status.rawValue)
            json.member("live_mode", liveMode)
            json.member("payment_method", paymentMethod)
            json.member("provider", provider?.rawValue)
            if shape == .full { json.member("phone", phone) }
            json.member("cancelled_at", cancelledAt)
            json.member("cancellation_reason", cancellationReason)
            if shape == .full {
                json.member("created_at", createdAt)
                json.member("updated_at", updatedAt)
            }
            json.key("confirmation_attempts")
            json.array { json in
                for attempt in confirmationAttempts {
                    json.object { json in
                        json.member("ip_address", attempt.ipAddress)
                        json.member("attempt_date", attempt.attemptDate)
                        json.member("confirmation_status", attempt.confirmationStatus.rawValue)
                    }
                }
            }
        }
    }
}

extension ChargeAttempt {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("reference", reference)
            json.member("status", status.rawValue)
            json.member("display_text", displayText)
            json.member("live_mode", liveMode)
        }
    }
}

extension Transfer {
    /// The reference prints a transfer's fields in a different order in each of its three
    /// samples; each answer follows its own sample.
    public enum WireShape: Sendable {
        /// `POST /transfers/`: `fees` a number (1.5), `recipient_phone` after it, then
        /// `recipient_wallet`, `ext_id`, `created_at`.
        case createAnswer
        /// `GET /transfers`: `fees` a string ("1.50"), `recipient_wallet` then
        /// `recipient_phone`, `ext_id`, `created_at`.
        case listRow
        /// `GET /transfers/:reference` (and webhooks, whose SDK dataclass follows it): as the
        /// list, but `created_at` before `ext_id`.
        case fetchAnswer
    }

    public func write(to json: inout JSONWriter, shape: WireShape = .fetchAnswer) {
        json.object { json in
            json.member("reference", reference)
            json.member("amount", number: amount.jsonText)
            if shape == .createAnswer {
                json.member("fees", number: fees?.jsonNumberText)
                json.member("recipient_phone", recipientPhone)
            } else {
                json.member("fees", fees?.jsonStringText)
            }
            json.member("currency", currency)
            json.member("ip_address", ipAddress)
            json.member("status", status.rawValue)
            json.member("live_mode", liveMode)
            json.member("recipient_wallet", recipientWallet?.rawValue)
            switch shape {
            case .createAnswer:
                json.member("ext_id", extID)
                json.member("created_at", createdAt)
            case .listRow:
                json.member("recipient_phone", recipientPhone)
                json.member("ext_id", extID)
                json.member("created_at", createdAt)
            case .fetchAnswer:
                json.member("recipient_phone", recipientPhone)
                json.member("created_at", createdAt)
                json.member("ext_id", extID)
            }
        }
    }

    /// The create answer prints `fees` as a number (1.5); fetch and list as a string ("1.50").
    public func write(to json: inout JSONWriter, feesAsNumber: Bool) {
        write(to: &json, shape: feesAsNumber ? .createAnswer : .fetchAnswer)
    }
}

extension FailedTransfer {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("data")
            json.object { json in
                json.member("amount", number: amount?.jsonText)
                json.member("recipient_phone", recipientPhone)
                json.member("recipient_wallet", recipientWallet?.rawValue)
                json.member("ext_id", extID)
            }
            json.key("errors")
            json.object { json in
                for field in errors.keys.sorted() {
                    json.key(field)
                    json.array { json in
                        for message in errors[field] ?? [] { json.string(message) }
                    }
                }
            }
        }
    }
}

extension Settlement {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("reference", reference)
            json.member("amount", number: amount.jsonText)
            json.member("settlement_fees", number: settlementFees?.jsonText)
            json.member("currency", currency)
            json.member("status", status.rawValue)
            json.member("live_mode", liveMode)
            json.member("created_at", createdAt)
            json.member("updated_at", updatedAt)
            json.member("account_type", accountType?.rawValue)
            json.member("iban", destination.iban)
            json.member("rib", destination.rib)
            json.member("bank_name", destination.bankName)
            json.member("bank_address", destination.bankAddress)
            json.member("account_holder_name", destination.accountHolderName)
            json.member("account_holder_address", destination.accountHolderAddress)
            json.member("swift_bic_code", destination.swiftBICCode)
            json.member("provider", destination.provider)
            json.member("phone", destination.phone)
            json.member("usdt_wallet_address", destination.usdtWalletAddress)
        }
    }
}

extension Checkout {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("email", email)
            json.member("reference", reference)
            json.member("charge_reference", chargeReference)
            json.member("amount", number: amount.jsonText)
            json.member("success_url", successURL)
            json.member("cancel_url", cancelURL)
            json.member("phone", phone)
            json.member("provider", provider)
            json.member("live_mode", liveMode)
            json.member("created_at", createdAt)
            json.member("updated_at", updatedAt)
            json.member("status", status.rawValue)
        }
    }
}

extension CheckoutSession {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("reference", reference)
            json.member("authorization_url", authorizationURL)
            json.member("live_mode", liveMode)
        }
    }
}

extension Balances {
    public func write(to json: inout JSONWriter) {
        func wallet(_ name: String, _ balance: WalletBalance, _ json: inout JSONWriter) {
            json.key(name)
            json.object { json in
                json.member("available", number: balance.available.jsonFloatText)
                json.member("pending", number: balance.pending.jsonFloatText)
            }
        }
        json.object { json in
            json.key("collection_balances")
            json.object { json in
                json.member("available", number: collection.available.jsonFloatText)
                json.member("pending", number: collection.pending.jsonFloatText)
                json.member("currency", collection.currency)
            }
            json.key("transfer_balances")
            json.object { json in
                json.member("total_available", number: transfer.totalAvailable.jsonFloatText)
                json.member("total_pending", number: transfer.totalPending.jsonFloatText)
                wallet("orange_money_bf", transfer.orange, &json)
                wallet("moov_money_bf", transfer.moov, &json)
                wallet("sank_money_bf", transfer.sank, &json)
            }
        }
    }
}
