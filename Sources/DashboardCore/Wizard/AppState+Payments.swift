import SenfenicoAPI

extension AppState {
    /// How long a second charge of the same amount to the same phone counts as a possible
    /// double: operators reject or double such debits.
    static let similarPaymentWindow = 5.0 * 60

    /// When the same phone was last charged the same amount within the window, from this
    /// session's payments and the charges list.
    func similarRecentPayment(phone: String, amount: Money) -> Timestamp? {
        let since = now.adding(seconds: -Self.similarPaymentWindow)
        let mine = recentPayments.filter { $0.phone.digits == phone && $0.amount == amount && $0.startedAt >= since }
            .map(\.startedAt)
        let listed = charges.filter { charge in
            charge.amount == amount && charge.phone.map { PhoneNumber($0)?.digits == phone } == true
                && (charge.createdAt.map { $0 >= since } ?? false)
        }.compactMap(\.createdAt)
        return (mine + listed).max()
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
    var isPaymentInFlight: Bool { wizard?.step.isMoneyMoving ?? false }
}
