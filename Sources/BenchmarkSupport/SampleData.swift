import SenfenicoAPI

/// Rows for the benchmarks (`senfenico-bench` and the package-benchmark suite in `Benchmarks/`),
/// made in memory: the same seed gives the same rows.
///
/// They are shuffled in time, as a merged server page can be, so loading them really sorts.
/// Phones, providers, statuses and amounts vary; a few references and ext_ids carry French
/// accents, CJK and emoji so the width code is exercised as in real lists.
public struct SampleData: Sendable {
    /// The newest row is older than this.
    public let end: Timestamp
    public var generator: SplitMix64

    public init(seed: UInt64, end: Timestamp) {
        self.end = end
        self.generator = SplitMix64(seed: seed)
    }

    public static let span: Int64 = 90 * 86_400 * 1_000_000

    private static let orange = MobileOperator.orangePrefixes.sorted()
    private static let moov = MobileOperator.moovPrefixes.sorted()
    private static let telecel = MobileOperator.telecelPrefixes.sorted()
    private static let anyPrefix = (orange + moov + telecel).sorted()
    private static let chargeStatuses: [(ChargeStatus, Int)] = [
        (.success, 60), (.failed, 12), (.sendOTP, 8), (.payOffline, 6), (.pending, 8), (.canceled, 5),
        (.unknown("reversed"), 1),
    ]
    private static let transferStatuses: [(TransferStatus, Int)] = [(.success, 80), (.failed, 10), (.pending, 10)]
    private static let extIDs = [
        "Salaire août — Aïcha", "Prime de fin d'année — Noël", "Frais de scolarité — École Saint-Exupéry",
        "工资テスト😀", "Remboursement café été", "Facture n°", "Avance sur salaire — Désiré",
    ]
    private static let ipPool = ["196.28.245.12", "41.138.96.40", "154.66.162.7", "41.203.228.91", "102.180.3.17"]
    private static let fees = [FeeRate("3.50"), FeeRate("2.00"), FeeRate("1.00"), nil]

    public mutating func charges(_ count: Int) -> [Charge] {
        (0..<count).map { charge($0) }
    }

    public mutating func transfers(_ count: Int) -> [Transfer] {
        (0..<count).map { transfer($0) }
    }

    private mutating func charge(_ index: Int) -> Charge {
        let created = instant()
        let provider: Provider
        let prefixes: [String]
        switch generator.below(100) {
        case 0..<45: (provider, prefixes) = (.orange, Self.orange)
        case 45..<80: (provider, prefixes) = (.moov, Self.moov)
        case 80..<90: (provider, prefixes) = (.sank, Self.telecel)
        case 90..<99: (provider, prefixes) = (.coris, Self.anyPrefix)
        default: (provider, prefixes) = (.unknown("wave_bf"), Self.anyPrefix)
        }
        let phone: String?
        switch generator.below(100) {
        case 0..<3: phone = nil
        case 3..<8: phone = prefixes[generator.below(prefixes.count)] + "xxxxxx"
        default: phone = self.phone(prefixes)
        }
        let status = pick(Self.chargeStatuses)
        let reference =
            generator.below(50) == 0 ? "ch_été_café_支付_\(index)" : "ch_" + hex(generator.next(), digits: 16)
        let ip = Self.ipPool[generator.below(Self.ipPool.count)]
        var attempts: [ConfirmationAttempt] = []
        if status == .success || status == .failed {
            for attempt in 0..<(1 + generator.below(3)) {
                attempts.append(
                    ConfirmationAttempt(
                        ipAddress: ip, attemptDate: created.adding(seconds: Double(20 + attempt * 15)),
                        confirmationStatus: attempt == 0 && status == .success ? .success : .failed))
            }
        }
        return Charge(
            reference: reference, amount: amount(), fees: Self.fees[generator.below(Self.fees.count)],
            transactionDate: status == .success ? created.adding(seconds: 40) : nil, ipAddress: ip, status: status,
            provider: provider, phone: phone,
            cancelledAt: status == .canceled ? created.adding(seconds: 300) : nil,
            cancellationReason: status == .canceled ? "Annulé par le client" : nil,
            // A few rows have only a transaction date, as some list pages do.
            createdAt: generator.below(200) == 0 && status == .success ? nil : created,
            updatedAt: created.adding(seconds: 60), confirmationAttempts: attempts)
    }

    private mutating func transfer(_ index: Int) -> Transfer {
        let wallet: TransferWallet
        let prefixes: [String]
        switch generator.below(3) {
        case 0: (wallet, prefixes) = (.orange, Self.orange)
        case 1: (wallet, prefixes) = (.moov, Self.moov)
        default: (wallet, prefixes) = (.sank, Self.telecel)
        }
        let extID: String?
        switch generator.below(10) {
        case 0..<2: extID = nil
        case 2..<6: extID = Self.extIDs[generator.below(Self.extIDs.count)] + " \(index)"
        default: extID = "payroll-\(index)"
        }
        return Transfer(
            reference: "tr_" + hex(generator.next(), digits: 12), amount: amount(),
            fees: Self.fees[generator.below(Self.fees.count)], recipientPhone: phone(prefixes),
            status: pick(Self.transferStatuses), recipientWallet: wallet, extID: extID, createdAt: instant())
    }

    private mutating func instant() -> Timestamp {
        let back = Int64(generator.below(Int(Self.span)))
        return Timestamp(microsecondsSinceEpoch: end.microsecondsSinceEpoch - 1 - back)
    }

    private mutating func phone(_ prefixes: [String]) -> String {
        let rest = String(100_000 + generator.below(900_000))
        return prefixes[generator.below(prefixes.count)] + rest
    }

    /// Mostly whole francs from 100 to a million, sometimes with centimes.
    private mutating func amount() -> Money {
        let francs = Int64([100, 500, 1_000, 5_000, 25_000, 150_000, 1_000_000][generator.below(7)])
        let scaled = Int64(generator.below(Int(francs))) + francs / 10
        if generator.below(20) == 0 { return Money(hundredths: scaled * 100 + Int64(generator.below(100))) }
        return Money(francs: scaled)
    }

    private mutating func pick<Value>(_ weighted: [(Value, Int)]) -> Value {
        var roll = generator.below(weighted.reduce(0) { $0 + $1.1 })
        for (value, weight) in weighted {
            if roll < weight { return value }
            roll -= weight
        }
        return weighted[0].0
    }

    private func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - text.count)) + text).suffix(digits))
    }

    /// The balances the benchmarks show (the sandbox's seeded figures).
    public static let balances = Balances(
        collection: CollectionBalance(available: Money(francs: 18_692), pending: Money(francs: 2_500)),
        transfer: TransferBalances(
            totalAvailable: Money(francs: 300_000), totalPending: .zero,
            orange: WalletBalance(available: Money(francs: 100_000), pending: .zero),
            moov: WalletBalance(available: Money(francs: 100_000), pending: .zero),
            sank: WalletBalance(available: Money(francs: 100_000), pending: .zero)))
}
