import Localization
import SenfenicoAPI

/// The day's counts and sums, exact: every amount is added as `Money` (integer hundredths).
public struct JournalTotals: Sendable, Hashable {
    public struct OperatorTotal: Sendable, Hashable {
        public let provider: Provider
        /// Every charge started with this operator, whatever became of it.
        public let charges: Int
        public let succeeded: Int
        /// The amounts of the charges that succeeded: what the operator owes the merchant.
        public let collected: Money
    }

    public struct StageTotal: Sendable, Hashable {
        public let stage: JournalStage
        public let charges: Int
        public let amount: Money
    }

    /// Known operators in their usual order, then any other in alphabetical order; only those
    /// with at least one charge.
    public let byOperator: [OperatorTotal]
    /// In the order of `JournalStage.allCases`; only stages with at least one charge.
    public let byStage: [StageTotal]
    public let charges: Int
    public let succeeded: Int
    public let collected: Money
    /// All the amounts started, whatever became of them.
    public let attempted: Money
    /// Charges that still need the cashier's attention.
    public let unfinished: Int

    public init(_ entries: [JournalEntry]) {
        let providers =
            Provider.knownCases.filter { known in entries.contains { $0.provider == known } }
            + Set(entries.map(\.provider).filter { !$0.isKnown }).sorted { $0.rawValue < $1.rawValue }
        byOperator = providers.map { provider in
            let mine = entries.filter { $0.provider == provider }
            let succeeded = mine.filter { $0.stage == .succeeded }
            return OperatorTotal(
                provider: provider, charges: mine.count, succeeded: succeeded.count, collected: Self.sum(succeeded))
        }
        byStage = JournalStage.allCases.compactMap { stage in
            let mine = entries.filter { $0.stage == stage }
            return mine.isEmpty ? nil : StageTotal(stage: stage, charges: mine.count, amount: Self.sum(mine))
        }
        let succeeded = entries.filter { $0.stage == .succeeded }
        charges = entries.count
        self.succeeded = succeeded.count
        collected = Self.sum(succeeded)
        attempted = Self.sum(entries)
        unfinished = entries.filter { !$0.stage.isFinished }.count
    }

    private static func sum(_ entries: [JournalEntry]) -> Money {
        entries.reduce(Money.zero) { $0 + $1.amount }
    }

    /// "12 charges, 45 000 F CFA collected", and how many need attention when some do.
    public func summary(in language: Language) -> String {
        let count = Self.counted(charges, Strings.Journal.chargeCountOne, Strings.Journal.chargeCountMany, language)
        var values = ["charges": count, "collected": collected.formatted(language)]
        guard unfinished > 0 else { return Strings.Journal.summary.filling(values).text(in: language) }
        values["attention"] = Self.counted(
            unfinished, Strings.Journal.attentionOne, Strings.Journal.attentionMany, language)
        return Strings.Journal.summaryWithAttention.filling(values).text(in: language)
    }

    /// English says "0 charges", French "0 paiement": the singular covers 0 and 1 in French.
    private static func counted(_ count: Int, _ one: LocalizedText, _ many: LocalizedText, _ language: Language)
        -> String
    {
        let singular = language == .french ? count < 2 : count == 1
        return (singular ? one : many).filling(["count": String(count)]).text(in: language)
    }
}
