import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The filter's index (`RowSearchIndex`) must find exactly the rows `RowQuery.matches` finds
/// one by one: generated rows with accents, emoji, spaces, odd statuses and operators, and
/// hundreds of queries made from their own text, checked whole and as refinements.
@Suite struct RowSearchIndexTests {
    static let pieces = [
        "ch_", "tr_", "Élodie", "ÉCHOUÉ", "échoué", "76 00", "7600", "18 692", "18692", "orange", "ORANGE", "moov",
        "Sank", "ç", "ü", "🇧🇫", "x\u{301}", "ab", "AB", "0", "9", " ", "-", "_", "é", "e", "réussi", "reussi",
        "success", "pending", "attente", "otp", "Coris", "🙂", "ﬁ", "ß",
    ]

    static func text(_ random: inout SplitMix64, parts: Int) -> String {
        (0..<parts).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    static func charges(_ count: Int, seed: UInt64) -> [Charge] {
        var random = SplitMix64(seed: seed)
        let statuses = ChargeStatus.knownCases + [ChargeStatus(rawValue: "étrange"), ChargeStatus(rawValue: "OTP")]
        let providers: [Provider?] = Provider.knownCases + [nil, Provider(rawValue: "Wave Ça")]
        return (0..<count).map { index in
            let phones = ["76 00 00 00", "70112233", "", "76ab", text(&random, parts: 2)]
            return Charge(
                reference: index % 7 == 0 ? text(&random, parts: 3) : "ch_\(random.next() % 1_000_000)",
                amount: Money(francs: Int64(random.next() % 2_000_000) - (index % 11 == 0 ? 1_000_000 : 0)),
                status: statuses[Int(random.next() % UInt64(statuses.count))],
                provider: providers[Int(random.next() % UInt64(providers.count))],
                phone: index % 5 == 0 ? nil : phones[Int(random.next() % UInt64(phones.count))],
                createdAt: Timestamp(microsecondsSinceEpoch: Int64(10_000_000 - index) * 1_000_000))
        }
    }

    static func transfers(_ count: Int, seed: UInt64) -> [Transfer] {
        var random = SplitMix64(seed: seed)
        let statuses = TransferStatus.knownCases
        return (0..<count).map { index in
            let phone: String = index % 3 == 0 ? "66 77 88 99" : text(&random, parts: 1)
            let extID: String? = index % 2 == 0 ? text(&random, parts: 2) : nil
            let status = statuses[Int(random.next() % UInt64(statuses.count))]
            let francs = Int64(random.next() % 500_000)
            let created = Timestamp(microsecondsSinceEpoch: Int64(10_000_000 - index) * 1_000_000)
            return Transfer(
                reference: "tr_\(index)", amount: Money(francs: francs), recipientPhone: phone, status: status,
                recipientWallet: TransferWallet.knownCases.first, extID: extID, createdAt: created)
        }
    }

    /// The rows `RowQuery.matches` finds among `candidates`, one by one.
    static func oracle<Row: PaneRow>(_ query: String, _ rows: [Row], among candidates: [Int]) -> [Int] {
        let prepared = RowQuery(query)
        var fields = SearchFields<Row.Status>()
        return rows.withUnsafeBufferPointer { rows in
            candidates.filter {
                Row.searchFields(of: rows.baseAddress! + $0, into: &fields)
                return prepared.matches(fields)
            }
        }
    }

    static func queries(_ count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let fixed = [
            "76", "76 0", "7600", "00 00", "18 692", "692", "-1", "ch_1", "CH_", "échoué", "echoue", "ECHOUE", "orange",
            "Orange Money", "wave ça", "wave ca", "étrange", "etrange", "otp", "attente", "e", "é", "🇧🇫", "🙂", "ab",
            "ss",
            "ﬁ", "fi", "x", " ", "  76  ", "0", "success", "réussi", "Coris", "sank money",
        ]
        return fixed + (0..<count).map { _ in text(&random, parts: 1 + Int(random.next() % 2)) }
    }

    @Test func theIndexFindsWhatEachRowsMatchesFinds() {
        let rows = Self.charges(3_000, seed: 14)
        let index = RowSearchIndex(rows)
        let all = Array(rows.indices)
        for query in Self.queries(200, seed: 15) {
            #expect(index.search(query, among: all) == Self.oracle(query, rows, among: all), "\(query)")
        }
    }

    @Test func aRefinedQuerySearchesOnlyItsCandidatesAndStillAgrees() {
        let rows = Self.charges(2_000, seed: 16)
        let index = RowSearchIndex(rows)
        let all = Array(rows.indices)
        for query in Self.queries(80, seed: 17) where query.count > 1 {
            // Few candidates take the per-row path, many the whole-index path.
            let shorter = String(query.dropLast())
            let candidates = index.search(shorter, among: all)
            let few = Array(candidates.prefix(20))
            #expect(index.search(query, among: candidates) == Self.oracle(query, rows, among: candidates), "\(query)")
            #expect(index.search(query, among: few) == Self.oracle(query, rows, among: few), "\(query)")
        }
    }

    @Test func transfersExtIDsAndPhonesAgreeToo() {
        let rows = Self.transfers(1_500, seed: 18)
        let index = RowSearchIndex(rows)
        let all = Array(rows.indices)
        for query in Self.queries(120, seed: 19) {
            #expect(index.search(query, among: all) == Self.oracle(query, rows, among: all), "\(query)")
        }
    }

    @Test func aMatchNeverSpansTwoRowsOrTwoFields() {
        let rows = [
            Charge(reference: "ab", amount: Money(francs: 12), status: .success, phone: "34"),
            Charge(reference: "cd", amount: Money(francs: 56), status: .success, phone: "78"),
        ]
        let index = RowSearchIndex(rows)
        for query in ["bc", "abcd", "1234", "3456", "4", "78"] {
            #expect(index.search(query, among: [0, 1]) == Self.oracle(query, rows, among: [0, 1]), "\(query)")
        }
        #expect(index.search("bc", among: [0, 1]).isEmpty)
        #expect(index.search("3456", among: [0, 1]).isEmpty)
    }
}
