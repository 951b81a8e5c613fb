import PaymentJournal
import SenfenicoAPI

extension AppState {
    /// How long a second charge of the same amount to the same phone counts as a possible
    /// double: operators reject or double such debits.
    static let similarPaymentWindow = 5.0 * 60

    /// When the same phone was last charged the same amount within the window, from this
    /// session's payments and the charges list. Only charges that may have taken or may still
    /// take money count (`JournalPolicy.mayTakeMoney`): a failed one took nothing. What this
    /// session recorded of a charge beats the list, which may be older.
    func similarRecentPayment(phone: String, amount: Money) -> Timestamp? {
        let since = now.adding(seconds: -Self.similarPaymentWindow)
        let same = recentPayments.filter {
            $0.attempt.phone.digits == phone && $0.attempt.amount == amount && $0.attempt.startedAt >= since
        }
        let mine = same.filter { JournalPolicy.mayTakeMoney($0.stage) }.map(\.attempt.startedAt)
        let known = Set(recentPayments.compactMap(\.attempt.reference))
        let listed = charges.filter { charge in
            charge.amount == amount && charge.phone.map { PhoneNumber($0)?.digits == phone } == true
                && (charge.createdAt.map { $0 >= since } ?? false) && !known.contains(charge.reference)
                && JournalPolicy.mayTakeMoney(charge.status)
        }.compactMap(\.createdAt)
        return (mine + listed).max()
    }

    /// Keeps this session's payments at the stage their last journal write says.
    mutating func noteRecords(_ effects: [Effect]) {
        for case .record(let record) in effects {
            guard let index = recentPayments.firstIndex(where: { $0.attempt.id == record.attempt.id }) else { continue }
            recentPayments[index] = record
        }
    }

    /// A new journal id (and a transfer's `ext_id`): a version-4 UUID from the seeded source.
    mutating func newPaymentID() -> String {
        var hex = Array(
            [idSource.nextBits(), idSource.nextBits()].map { bits in
                let text = String(bits, radix: 16)
                return String(repeating: "0", count: 16 - text.count) + text
            }.joined())
        // RFC 4122 version 4 (random) and variant bits, so it is a real UUID wherever it goes
        // (a transfer's ext_id is shown to, and stored by, other systems).
        hex[12] = "4"
        hex[16] = Array("89ab")[Int(hex[16].hexDigitValue ?? 0) & 3]
        let cuts = [8, 12, 16, 20]
        var id = ""
        for (index, character) in hex.enumerated() {
            if cuts.contains(index) { id.append("-") }
            id.append(character)
        }
        return id
    }

    /// True while a payment may be moving: quitting asks first.
    /// Also once Esc left the OTP step or the pay_offline wait: this session's charge still
    /// waits for the customer's code or confirmation.
    var isPaymentInFlight: Bool {
        if wizard?.step.isMoneyMoving ?? false { return true }
        return recentPayments.contains {
            Self.waitingStages.contains($0.stage) && !finishedElsewhere.contains($0.attempt.id)
        }
    }

    /// The stages of a charge that still waits for the customer (or for its answer).
    static let waitingStages: Set<JournalStage> = [.sending, .awaitingOTP, .submittingOTP, .awaitingOffline]

    /// The journal's unfinished payments, re-read. One of this session's payments that was
    /// listed and is no longer was finished elsewhere (another dashboard, a reconciliation):
    /// quitting need not ask for it any more.
    mutating func noteAttention(_ records: [PaymentRecord]) {
        let still = Set(records.map(\.attempt.id))
        finishedElsewhere.formUnion(Set(attention.map(\.attempt.id)).subtracting(still))
        attention = records
    }

    /// True when keys go to a numeric field (an amount, a phone, an OTP), which takes a paste
    /// whole or refuses it whole.
    var isAtNumericField: Bool {
        switch overlays.last {
        case .form(let form)?:
            return form.step == .editing && (form.focus == .amount || form.focus == .phone)
        case .wizard(let wizard)?:
            switch wizard.step {
            case .amount, .phone, .otp: return true
            default: return false
            }
        default:
            return false
        }
    }
}
