import SenfenicoAPI

/// Builds a past of charges and transfers for a new account, so that lists, charts and
/// paging can be tried on realistic volumes (`--seed-charges 100000`).
///
/// The history depends only on the seed and on `end`: the same seed gives the same rows,
/// byte for byte. It covers the 90 days before `end`, busier in the day than at night
/// (Burkina Faso is on UTC), and mixes providers, amounts, statuses and OTP attempts in
/// plausible shares. Seeded rows are history only: balances always start at the test-mode
/// top-up, whatever was seeded.
struct HistorySeeder {
    let seed: UInt64
    /// Every seeded row is older than this.
    let end: Timestamp

    static let span: Int64 = 90 * 86_400 * 1_000_000

    /// Activity per hour of the day, in relative weights: quiet at night, busy at midday
    /// and in the early evening.
    private static let hourWeights = [
        1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 11, 12, 12, 11, 10, 10, 11, 12, 12, 10, 8, 5, 3, 2,
    ]
    private static let hourTotal = hourWeights.reduce(0, +)

    private static let ipPool = ["196.28.245.12", "41.138.96.40", "154.66.162.7", "41.203.228.91", "102.180.3.17"]
    private static let allPrefixes =
        (MobileOperator.orangePrefixes.union(MobileOperator.moovPrefixes).union(MobileOperator.telecelPrefixes))
        .sorted()

    /// `count` instants in increasing order, spread over the span before `end`.
    private func instants(_ count: Int, generator: inout SplitMix64) -> [Timestamp] {
        let days = Int(Self.span / 86_400_000_000)
        let lastMidnight = end.microsecondsSinceEpoch - end.microsecondsSinceEpoch % 86_400_000_000
        var values: [Int64] = []
        values.reserveCapacity(count)
        while values.count < count {
            let day = Int64(generator.below(days) + 1)
            var pick = generator.below(Self.hourTotal)
            var hour = 0
            while pick >= Self.hourWeights[hour] {
                pick -= Self.hourWeights[hour]
                hour += 1
            }
            let withinHour = Int64(generator.below(3_600_000_000))
            let value = lastMidnight - day * 86_400_000_000 + Int64(hour) * 3_600_000_000 + withinHour
            // The last partial day can put an instant after `end`; keep only the past.
            if value < end.microsecondsSinceEpoch && value >= end.microsecondsSinceEpoch - Self.span {
                values.append(value)
            }
        }
        values.sort()
        return values.map { Timestamp(microsecondsSinceEpoch: $0) }
    }

    private static func phone(prefixes: [String], generator: inout SplitMix64) -> String {
        let prefix = prefixes[generator.below(prefixes.count)]
        var rest = generator.below(1_000_000)
        // Keep clear of the magic numbers (`XX0000NN`).
        if rest < 100 { rest += 100_000 }
        let digits = String(rest)
        return prefix + String(repeating: "0", count: 6 - digits.count) + digits
    }

    private static func amount(generator: inout SplitMix64) -> Money {
        let bucket = generator.below(100)
        let francs: Int
        switch bucket {
        case 0..<40: francs = 100 + generator.below(39) * 50
        case 40..<80: francs = 2_000 + generator.below(181) * 100
        case 80..<97: francs = 20_000 + generator.below(161) * 500
        default: francs = 100_000 + generator.below(401) * 1_000
        }
        return Money(francs: Int64(francs))
    }

    func charges(count: Int) -> [Charge] {
        guard count > 0 else { return [] }
        var generator = SplitMix64(seed: seed ^ 0xC4A5_6E00_0000_0001)
        let times = instants(count, generator: &generator)
        var charges: [Charge] = []
        charges.reserveCapacity(count)
        let orange = MobileOperator.orangePrefixes.sorted()
        let moov = MobileOperator.moovPrefixes.sorted()
        for created in times {
            let providerPick = generator.below(100)
            let provider: Provider =
                providerPick < 50 ? .orange : providerPick < 78 ? .moov : providerPick < 90 ? .coris : .sank
            let prefixes = provider == .orange ? orange : provider == .moov ? moov : Self.allPrefixes
            let phone = Self.phone(prefixes: prefixes, generator: &generator)
            let amount = Self.amount(generator: &generator)
            let ip = Self.ipPool[generator.below(Self.ipPool.count)]
            let outcome = generator.below(100)
            let status: ChargeStatus
            switch outcome {
            case 0..<80: status = .success
            case 80..<92: status = .failed
            case 92..<98: status = OperatorTexts.paysOffline(provider) ? .payOffline : .sendOTP
            default: status = .canceled
            }

            var attempts: [ConfirmationAttempt] = []
            var last = created
            func attempt(_ result: ConfirmationStatus, generator: inout SplitMix64) {
                last = last.adding(microseconds: Int64(15_000_000 + generator.below(225_000_000)))
                attempts.append(ConfirmationAttempt(ipAddress: ip, attemptDate: last, confirmationStatus: result))
            }
            if !OperatorTexts.paysOffline(provider) {
                switch status {
                case .success:
                    let failuresFirst = generator.percent(80) ? 0 : generator.percent(75) ? 1 : 2
                    for _ in 0..<failuresFirst { attempt(.failed, generator: &generator) }
                    attempt(.success, generator: &generator)
                case .failed:
                    for _ in 0...generator.below(3) { attempt(.failed, generator: &generator) }
                case .sendOTP where generator.percent(30):
                    attempt(.failed, generator: &generator)
                default:
                    break
                }
            } else if status == .success || status == .failed {
                last = last.adding(microseconds: Int64(10_000_000 + generator.below(50_000_000)))
            }
            var cancelledAt: Timestamp?
            if status == .canceled {
                last = last.adding(microseconds: Int64(60_000_000 + generator.below(1_740_000_000)))
                cancelledAt = last
            }
            charges.append(
                Charge(
                    reference: References.prefixed("ch", using: &generator), amount: amount,
                    fees: Pricing.chargeRate, currency: "XOF",
                    transactionDate: created.adding(microseconds: -Int64(2_000 + generator.below(18_000))),
                    ipAddress: ip, status: status, liveMode: false, paymentMethod: "mobile_money", provider: provider,
                    phone: phone, cancelledAt: cancelledAt,
                    cancellationReason: cancelledAt == nil ? nil : "Cancelled by the customer",
                    createdAt: created, updatedAt: last, confirmationAttempts: attempts))
        }
        return charges
    }

    func transfers(count: Int) -> [Transfer] {
        guard count > 0 else { return [] }
        var generator = SplitMix64(seed: seed ^ 0x7E4A_5FE2_0000_0002)
        let times = instants(count, generator: &generator)
        var transfers: [Transfer] = []
        transfers.reserveCapacity(count)
        let orange = MobileOperator.orangePrefixes.sorted()
        let moov = MobileOperator.moovPrefixes.sorted()
        let telecel = MobileOperator.telecelPrefixes.sorted()
        for created in times {
            let walletPick = generator.below(100)
            let wallet: TransferWallet = walletPick < 50 ? .orange : walletPick < 85 ? .moov : .sank
            let prefixes = wallet == .orange ? orange : wallet == .moov ? moov : telecel
            let phone = Self.phone(prefixes: prefixes, generator: &generator)
            var amount = Self.amount(generator: &generator)
            if amount > Money(francs: 200_000) { amount = Money(francs: 200_000) }
            let status: TransferStatus = generator.percent(92) ? .success : .failed
            let extID = generator.percent(70) ? References.uuid(using: &generator) : nil
            transfers.append(
                Transfer(
                    reference: References.prefixed("tr", using: &generator), amount: amount,
                    fees: Pricing.transferRate, recipientPhone: phone, currency: "XOF",
                    ipAddress: Self.ipPool[generator.below(Self.ipPool.count)], status: status, liveMode: false,
                    recipientWallet: wallet, extID: extID, createdAt: created))
        }
        return transfers
    }
}
