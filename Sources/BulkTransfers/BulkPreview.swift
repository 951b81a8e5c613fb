import CSV
import Foundation
import SenfenicoAPI

/// A bulk-transfer file read and checked, before anything is sent.
///
/// The file is CSV (RFC 4180: fields may be quoted, quotes doubled, CRLF or LF line ends), one
/// transfer per row: `amount,recipient_phone[,recipient_wallet][,ext_id]`. A header row is
/// optional; when the first row names columns (`amount`, `recipient_phone`, ...; French names and
/// `phone`, `wallet` work too) the columns are taken by name in any order and other columns are
/// ignored, so a results file written by `BulkResultsCSV` can be read back. A file whose first
/// row has semicolons and no comma (a French spreadsheet's export) is read with `;`.
///
/// Every row is checked with the client's rules (`Validator`): a whole amount of at least
/// 100 F CFA, a Burkina Faso mobile number (normalised to 8 digits), a transfer wallet when one
/// is named (else the one of the number's network), an `ext_id` no longer than the API allows
/// and not used twice in the file, and no control character in any of these cells. Rows without
/// an `ext_id` get a generated UUID. A file is read as a stream and bounded (`maximumRows`,
/// `maximumBytes`): a huge one stops at the limit instead of being read whole.
public struct BulkPreview: Sendable, Hashable {
    /// The columns, in the order of a file without header.
    public static let columns = ["amount", "recipient_phone", "recipient_wallet", "ext_id"]

    /// The valid rows, in file order.
    public var rows: [BulkRow]
    /// The rows that cannot be sent, in file order.
    public var problems: [BulkRowProblem]
    public var hasHeader: Bool
    public var delimiter: Character

    /// Rows read, valid or not (blank lines and the header not counted).
    public var rowsRead: Int { rows.count + problems.count }
    /// The sum of the valid rows' amounts, exact.
    public var totalAmount: Money { rows.reduce(.zero) { $0 + $1.amount } }
    /// How many valid rows got a generated `ext_id`.
    public var generatedExtIDs: Int { rows.count { $0.extIDGenerated } }

    /// Count and amount per wallet, in `TransferWallet.knownCases` order, only the wallets used:
    /// each wallet has its own transfer balance.
    public var totalsByWallet: [WalletTotal] {
        TransferWallet.knownCases.compactMap { wallet in
            let matching = rows.filter { $0.wallet == wallet }
            guard !matching.isEmpty else { return nil }
            return WalletTotal(wallet: wallet, count: matching.count, amount: matching.reduce(.zero) { $0 + $1.amount })
        }
    }

    public init(rows: [BulkRow], problems: [BulkRowProblem], hasHeader: Bool = false, delimiter: Character = ",") {
        self.rows = rows
        self.problems = problems
        self.hasHeader = hasHeader
        self.delimiter = delimiter
    }

    /// The valid rows in batches of at most `size` (the API's limit is 100), in file order.
    public func batches(size: Int = Validator.maximumBulkSize) -> [BulkBatch] {
        let size = max(1, min(size, Validator.maximumBulkSize))
        return stride(from: 0, to: rows.count, by: size).enumerated().map { index, start in
            BulkBatch(number: index + 1, rows: Array(rows[start..<min(start + size, rows.count)]))
        }
    }

    // MARK: Reading

    /// The most data rows a file may have (blank lines and the header not counted): a payroll
    /// of ten thousand people is 100 batches, about 20 seconds at the API's pace; beyond, the
    /// file is most likely a mistake and is better split so each part can be checked.
    public static let maximumRows = 10_000
    /// The most bytes a file may have: about 1.6 kB a row at the row limit, room for a results
    /// file's extra columns, and a bound on what one endless unquoted cell can take in memory.
    public static let maximumBytes = 16 * 1024 * 1024

    /// Reads a file's bytes: UTF-8, with or without a byte-order mark.
    public static func parse(
        bytes: some Collection<UInt8>, makeExtID: () -> String = BulkPreview.newExtID
    ) throws(BulkFileIssue) -> BulkPreview {
        try parse(stream: InputStream(data: Data(bytes)), makeExtID: makeExtID)
    }

    /// Reads a file's text. `makeExtID` gives the `ext_id` of a row without one.
    public static func parse(
        _ text: String, makeExtID: () -> String = BulkPreview.newExtID
    ) throws(BulkFileIssue) -> BulkPreview {
        try parse(stream: InputStream(data: Data(text.utf8)), makeExtID: makeExtID)
    }

    /// Reads a file as a stream, one record at a time: memory stays bounded by `maximumRows`
    /// and `maximumBytes` whatever the file's size, and reading stops at the first row over the
    /// limit. `rowLimit` is lowered only by tests.
    public static func parse(
        stream: InputStream, rowLimit: Int = maximumRows, byteLimit: Int = maximumBytes,
        makeExtID: () -> String = BulkPreview.newExtID
    ) throws(BulkFileIssue) -> BulkPreview {
        let input = BoundedInputStream(source: stream, limit: byteLimit)
        input.open()
        guard input.streamStatus == .open else { throw .unreadable }
        defer { input.close() }
        // The first line (outside quotes) chooses the delimiter; 64 kB is far more than a header.
        let head = input.peek(upTo: 64 * 1024)
        // CSV.swift would skip a UTF-16 or UTF-32 byte-order mark and read the rest as UTF-8.
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0, 0, 0xFE, 0xFF]) {
            throw .notText
        }
        let delimiter = detectDelimiter(String(decoding: head, as: UTF8.self))
        guard let reader = try? CSVReader(stream: input, delimiter: delimiter) else { throw .unreadable }

        var mapping: ColumnMapping?
        var sawHeader = false
        var nextLine = 1
        var rows: [BulkRow] = []
        var problems: [BulkRowProblem] = []
        var firstLineOfExtID: [String: Int] = [:]

        while let record = reader.next() {
            // A byte that is not UTF-8 ends the record early: it is not looked at.
            if reader.error != nil { break }
            let line = nextLine
            nextLine += 1 + record.reduce(0) { $0 + lineBreaks(in: $1) }
            let trimmed = record.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if trimmed.allSatisfy(\.isEmpty) { continue }
            if mapping == nil {
                if let header = ColumnMapping(header: trimmed) {
                    let missing = header.missingRequired
                    guard missing.isEmpty else { throw .headerMissing(columns: missing) }
                    mapping = header
                    sawHeader = true
                    continue
                }
                mapping = .positional
            }
            guard let mapping else { continue }
            guard rows.count + problems.count < rowLimit else { throw .tooManyRows(limit: rowLimit) }
            let checked = check(
                record, line: line, mapping: mapping, firstLineOfExtID: &firstLineOfExtID, makeExtID: makeExtID)
            switch checked {
            case .row(let row): rows.append(row)
            case .problem(let problem): problems.append(problem)
            }
        }
        if input.exceededLimit { throw .tooLarge(limit: byteLimit) }
        if input.sourceError != nil { throw .unreadable }
        if let error = reader.error {
            if case CSVError.unicodeDecoding = error { throw .notText }
            throw .unreadable
        }
        guard !rows.isEmpty || !problems.isEmpty else { throw .empty }
        return BulkPreview(
            rows: rows, problems: problems, hasHeader: sawHeader, delimiter: Character(Unicode.Scalar(delimiter)))
    }

    /// A lowercase UUID, the form the reference's examples use.
    public static func newExtID() -> String { UUID().uuidString.lowercased() }

    /// Checks one record as read (untrimmed, so that a line break inside a quoted cell is seen).
    private static func check(
        _ raw: [String], line: Int, mapping: ColumnMapping, firstLineOfExtID: inout [String: Int],
        makeExtID: () -> String
    ) -> CheckedRow {
        let record = raw.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let fields = mapping.fields(record)
        // A cell with a control character is refused as a whole and not read further: `"1\n00"`
        // must not become 100 F CFA. Columns the file has but the API does not are never sent,
        // so they are not looked at.
        var issues = controlCharacterIssues(mapping.fields(raw))
        let refused = Set(issues.compactMap { if case .controlCharacter(let column, _) = $0 { column } else { nil } })
        let used = record.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
        switch mapping {
        case .positional:
            if used < 2 {
                return .problem(
                    BulkRowProblem(line: line, fields: fields, issues: issues + [.tooFewFields(found: used)]))
            }
            if used > columns.count { issues.append(.tooManyFields(found: used)) }
        case .named(_, _, _, _, let width):
            // More fields than the header names: most likely an unquoted comma (`1,000`).
            if used > width { issues.append(.tooManyFields(found: used)) }
        }

        var amount: Money?
        if !refused.contains("amount") {
            switch Self.amount(fields.amount) {
            case .success(let value): amount = value
            case .failure(let issue): issues.append(.amount(issue))
            }
        }
        var phone: PhoneNumber?
        if !refused.contains("recipient_phone") {
            switch Validator.recipient(fields.recipientPhone) {
            case .success(let value): phone = value
            case .failure(let issue): issues.append(.phone(issue))
            }
        }
        var givenWallet: TransferWallet?
        if !fields.recipientWallet.isEmpty, !refused.contains("recipient_wallet") {
            givenWallet = wallet(fields.recipientWallet)
            if givenWallet == nil { issues.append(.wallet(found: fields.recipientWallet)) }
        }
        if !fields.extID.isEmpty, !refused.contains("ext_id") {
            if case .failure(let issue) = Validator.extID(fields.extID) {
                issues.append(.extID(issue))
            } else if let first = firstLineOfExtID[fields.extID] {
                issues.append(.extIDDuplicate(extID: fields.extID, firstLine: first))
            } else {
                firstLineOfExtID[fields.extID] = line
            }
        }

        guard issues.isEmpty, let amount, let phone,
            let wallet = givenWallet ?? phone.mobileOperator?.suggestedWallet
        else { return .problem(BulkRowProblem(line: line, fields: fields, issues: issues)) }
        let generated = fields.extID.isEmpty
        return .row(
            BulkRow(
                line: line, amount: amount, recipientPhone: phone, wallet: wallet, walletGiven: givenWallet != nil,
                extID: generated ? makeExtID() : fields.extID, extIDGenerated: generated))
    }

    /// One issue per field holding a control or bidi character, in column order.
    static func controlCharacterIssues(_ fields: BulkRowFields) -> [BulkRowIssue] {
        let cells = [fields.amount, fields.recipientPhone, fields.recipientWallet, fields.extID]
        return zip(columns, cells).compactMap { column, cell in
            ControlCharacters.first(in: cell).map {
                .controlCharacter(column: column, character: ControlCharacters.name($0))
            }
        }
    }

    /// Whole francs of at least 100. Digits with spaces between groups (`1 000`) are the usual
    /// form; a spreadsheet's `1000.00` is taken too, a fraction of a franc is not.
    static func amount(_ text: String) -> Result<Money, ValidationIssue> {
        switch Validator.amount(text) {
        case .success(let money): return Validator.transferAmount(money)
        case .failure(.amountNotWhole):
            let compact = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
            guard let money = Money(compact) else { return .failure(.amountNotWhole) }
            return Validator.transferAmount(money)
        case .failure(let issue): return .failure(issue)
        }
    }

    /// `orange_bf` as the API spells it; also `orange`, `Orange Money`, `orange_money_bf`, any case.
    static func wallet(_ text: String) -> TransferWallet? {
        let key = text.lowercased().replacingOccurrences(of: " ", with: "_")
        for wallet in TransferWallet.knownCases {
            let short = String(wallet.rawValue.dropLast(3))
            if [wallet.rawValue, short, short + "_money", wallet.balanceKey].contains(key) { return wallet }
        }
        return nil
    }

    /// `;` when the first non-blank line has semicolons and no comma outside quotes, else `,`.
    static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        var commas = 0
        var semicolons = 0
        var quoted = false
        var sawContent = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            case "\n" where !quoted, "\r" where !quoted:
                if sawContent { return semicolons > 0 && commas == 0 ? ";" : "," }
            case " ", "\t": break
            default: sawContent = true
            }
        }
        return semicolons > 0 && commas == 0 ? ";" : ","
    }

    /// Line breaks inside a field (a quoted field may span lines); CRLF counts once.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { count += 1 }
            } else if scalar == "\r" {
                count += 1
            }
            previousCR = scalar == "\r"
        }
        return count
    }
}

/// The count and amount of the rows paid from one wallet.
public struct WalletTotal: Sendable, Hashable {
    public var wallet: TransferWallet
    public var count: Int
    public var amount: Money

    public init(wallet: TransferWallet, count: Int, amount: Money) {
        self.wallet = wallet
        self.count = count
        self.amount = amount
    }
}

/// A record checked: a row to send, or why not.
enum CheckedRow {
    case row(BulkRow)
    case problem(BulkRowProblem)
}

/// Where each field is in a record: by position, or by the header's column names.
enum ColumnMapping: Hashable {
    case positional
    /// `width`: how many columns the header has.
    case named(amount: Int?, phone: Int?, wallet: Int?, extID: Int?, width: Int)

    private enum Column {
        case amount, phone, wallet, extID
    }

    private static let names: [String: Column] = [
        "amount": .amount, "montant": .amount,
        "recipient_phone": .phone, "phone": .phone, "telephone": .phone, "téléphone": .phone, "numero": .phone,
        "numéro": .phone,
        "recipient_wallet": .wallet, "wallet": .wallet, "portefeuille": .wallet,
        "ext_id": .extID, "extid": .extID, "external_id": .extID,
    ]

    /// A mapping when the record names at least one known column, else `nil` (a data row).
    init?(header: [String]) {
        var found: [Column: Int] = [:]
        for (index, name) in header.enumerated() {
            guard let column = Self.names[name.lowercased()], found[column] == nil else { continue }
            found[column] = index
        }
        guard !found.isEmpty else { return nil }
        self = .named(
            amount: found[.amount], phone: found[.phone], wallet: found[.wallet], extID: found[.extID],
            width: header.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0)
    }

    var missingRequired: [String] {
        guard case .named(let amount, let phone, _, _, _) = self else { return [] }
        return (amount == nil ? ["amount"] : []) + (phone == nil ? ["recipient_phone"] : [])
    }

    func fields(_ record: [String]) -> BulkRowFields {
        func at(_ index: Int?) -> String {
            guard let index, record.indices.contains(index) else { return "" }
            return record[index]
        }
        switch self {
        case .positional:
            return BulkRowFields(amount: at(0), recipientPhone: at(1), recipientWallet: at(2), extID: at(3))
        case .named(let amount, let phone, let wallet, let extID, _):
            return BulkRowFields(
                amount: at(amount), recipientPhone: at(phone), recipientWallet: at(wallet), extID: at(extID))
        }
    }
}
