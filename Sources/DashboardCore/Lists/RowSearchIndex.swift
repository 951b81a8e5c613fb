import CByteSearch
import SenfenicoAPI

/// What the `/` filter searches in every row of a list, laid out once per load as two runs of
/// bytes: a keystroke then searches 100 000 rows with `memmem` over a few megabytes instead of
/// walking the rows' strings (about 0.6 µs a row, so 60 ms a keystroke, before the index).
///
/// It finds exactly what `RowQuery.matches` finds row by row (a test holds them together):
/// - `texts`: each row's references, ext_id, e-mail or bank, lowercased (ASCII) or folded
///   (anything else), each followed by a 0 byte so that no match spans two fields or rows;
/// - `numbers`: each row's phone without its spaces and its amount's digits, searched only by
///   a query of digits and spaces, as `RowQuery` does;
/// - each row's status and operator as a small number into tables of the distinct ones, so a
///   query decides each distinct status or operator once.
///
/// Built off the UI thread with the rows it describes (`PreparedRows`).
public struct RowSearchIndex<Row: PaneRow>: Sendable {
    /// Where each row's bytes start in `texts` and `numbers`; one more entry marks the end.
    private var textStarts: [Int32] = [0]
    private var numberStarts: [Int32] = [0]
    private var texts: [UInt8] = []
    private var numbers: [UInt8] = []
    private var statusOfRow: [UInt16] = []
    private var operatorOfRow: [UInt16] = []
    private var statuses: [Row.Status] = []
    private var operatorNames: [String] = []

    public var count: Int { statusOfRow.count }

    public init(_ rows: [Row]) {
        texts.reserveCapacity(rows.count * 24)
        numbers.reserveCapacity(rows.count * 16)
        textStarts.reserveCapacity(rows.count + 1)
        numberStarts.reserveCapacity(rows.count + 1)
        statusOfRow.reserveCapacity(rows.count)
        operatorOfRow.reserveCapacity(rows.count)
        var statusNumbers: [String: UInt16] = [:]
        var operatorNumbers: [String: UInt16] = [:]
        var fields = SearchFields<Row.Status>()
        rows.withUnsafeBufferPointer { rows in
            guard let base = rows.baseAddress else { return }
            for offset in 0..<rows.count {
                Row.searchFields(of: base + offset, into: &fields)
                for text in fields.texts { Self.appendFolded(text, to: &texts) }
                if let phone = fields.phone { Self.appendPhone(phone, to: &numbers) }
                Self.appendDigits(of: fields.francs, to: &numbers)
                textStarts.append(Int32(texts.count))
                numberStarts.append(Int32(numbers.count))
                statusOfRow.append(
                    Self.number(of: fields.status, raw: fields.status.rawValue, in: &statusNumbers, &statuses))
                operatorOfRow.append(
                    Self.number(of: fields.operatorName, raw: fields.operatorName, in: &operatorNumbers, &operatorNames)
                )
            }
        }
    }

    /// Every row's position ordered by status word (`byStatus`) or operator name, then newest
    /// first: each distinct value is ranked once, then the rows are dealt into their ranks in
    /// one pass (stable, so ties keep their order), instead of comparing 100 000 strings.
    func order(byStatus: Bool) -> [Int] {
        let names = byStatus ? statuses.map(\.rawValue) : operatorNames
        let numbers = byStatus ? statusOfRow : operatorOfRow
        var rankOfNumber = [Int](repeating: 0, count: names.count)
        for (rank, number) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() {
            rankOfNumber[number] = rank
        }
        // Rows beyond the tables' last number (a hostile server's) share that last rank.
        func rank(_ number: UInt16) -> Int {
            rankOfNumber.isEmpty ? 0 : rankOfNumber[min(Int(number), names.count - 1)]
        }
        var starts = [Int](repeating: 0, count: max(names.count, 1) + 1)
        for number in numbers { starts[rank(number) + 1] += 1 }
        for rank in starts.indices.dropFirst() { starts[rank] += starts[rank - 1] }
        var order = [Int](repeating: 0, count: numbers.count)
        for (row, number) in numbers.enumerated() {
            let rank = rank(number)
            order[starts[rank]] = row
            starts[rank] += 1
        }
        return order
    }

    /// The positions among `candidates` (row order kept) of the rows the query finds.
    func search(_ query: String, among candidates: [Int]) -> [Int] {
        let prepared = RowQuery(query)
        guard !prepared.isEmpty else { return candidates }
        var found = [Bool](repeating: false, count: count)
        // Statuses and operators: a few distinct values, each decided once.
        let statusFound = statuses.map { prepared.findsStatus($0) }
        let operatorFound = operatorNames.map { !$0.isEmpty && prepared.findsOperator($0) }
        if statusFound.contains(true) || operatorFound.contains(true) {
            for row in 0..<count where statusFound[Int(statusOfRow[row])] || operatorFound[Int(operatorOfRow[row])] {
                found[row] = true
            }
        }
        // Few candidates (a longer query refining a shorter one): search only their bytes.
        let searchEachCandidate = candidates.count < count / 8
        Self.mark(
            prepared.needleBytes, in: texts, starts: textStarts, &found, only: searchEachCandidate ? candidates : nil)
        if prepared.isNumericQuery {
            Self.mark(
                prepared.digitBytes, in: numbers, starts: numberStarts, &found,
                only: searchEachCandidate ? candidates : nil)
        }
        return candidates.filter { found[$0] }
    }

    /// Marks every row whose bytes hold `needle`: one `memmem` over all rows' bytes (jumping
    /// to the next row after a hit), or over each candidate's bytes when given.
    private static func mark(
        _ needle: [UInt8], in haystack: [UInt8], starts: [Int32], _ found: inout [Bool], only: [Int]?
    ) {
        guard !needle.isEmpty, !haystack.isEmpty, !needle.contains(0) else { return }
        haystack.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let base = UnsafeRawPointer(haystack.baseAddress!)
                func firstHit(from start: Int, to end: Int) -> Int? {
                    guard end - start >= needle.count else { return nil }
                    guard let hit = senfenico_byte_search(base + start, end - start, needle.baseAddress!, needle.count)
                    else {
                        return nil
                    }
                    return base.distance(to: UnsafeRawPointer(hit))
                }
                if let only {
                    for row in only where !found[row] {
                        if firstHit(from: Int(starts[row]), to: Int(starts[row + 1])) != nil { found[row] = true }
                    }
                    return
                }
                // Hits come in row order: the row holding each is found by walking forward
                // from the previous one (a query like `7` hits nearly every row).
                var position = 0
                var row = 0
                while let hit = firstHit(from: position, to: haystack.count) {
                    while Int(starts[row + 1]) <= hit { row += 1 }
                    found[row] = true
                    position = Int(starts[row + 1])
                }
            }
        }
    }

    private static func number<Value>(
        of value: Value, raw: String, in numbers: inout [String: UInt16], _ table: inout [Value]
    ) -> UInt16 {
        if let known = numbers[raw] { return known }
        // More than 65 535 distinct statuses or operators would be a hostile server: they
        // share the last number (the filter then decides them as that one).
        guard table.count < Int(UInt16.max) else { return UInt16.max - 1 }
        let assigned = UInt16(table.count)
        numbers[raw] = assigned
        table.append(value)
        return assigned
    }

    /// ASCII text lowercased byte by byte; anything else folded as the query is.
    private static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let isASCII = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return false }
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            for position in start..<bytes.count where bytes[position] >= 0x41 && bytes[position] <= 0x5A {
                bytes[position] |= 0x20
            }
            return true
        }
        if !isASCII {
            bytes.append(contentsOf: RowQuery.fold(text).utf8.lazy.map { $0 == 0 ? 0x20 : $0 })
        }
        bytes.append(0)
    }

    /// A phone as `RowQuery` compares it: spaces skipped, ASCII letters lowercased.
    private static func appendPhone(_ phone: String, to bytes: inout [UInt8]) {
        for byte in phone.utf8 where byte != UInt8(ascii: " ") {
            bytes.append(byte == 0 ? 0x20 : byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        bytes.append(0)
    }

    /// The decimal digits of an amount's magnitude (`RowQuery` ignores the sign).
    private static func appendDigits(of francs: Int64, to bytes: inout [UInt8]) {
        var magnitude = francs.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
        bytes.append(0)
    }
}

/// The fields of one row the filter searches, filled by each kind of row
/// (`PaneRow.searchFields`) from its stored fields, read in place. One is reused for every
/// row of a list: 100 000 rows would otherwise be 100 000 small arrays made and freed.
public struct SearchFields<Status: StatusWording> {
    private(set) var texts: [String] = []
    private(set) var phone: String?
    private(set) var francs: Int64 = 0
    private(set) var status = Status.unknown("")
    private(set) var operatorName = ""

    /// Starts a row: its phone, amount, status and operator; then `add` its texts.
    public mutating func start(phone: String?, francs: Int64, status: Status, operatorName: String) {
        texts.removeAll(keepingCapacity: true)
        self.phone = phone
        self.francs = francs
        self.status = status
        self.operatorName = operatorName
    }

    public mutating func add(_ text: String?) {
        if let text { texts.append(text) }
    }
}
