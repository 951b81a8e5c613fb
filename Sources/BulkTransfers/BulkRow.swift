import Localization
import SenfenicoAPI

/// One valid row of a bulk-transfer file, ready to send.
public struct BulkRow: Sendable, Hashable {
    /// The 1-based line of the file where the row starts (the header, if any, is line 1).
    public var line: Int
    public var amount: Money
    public var recipientPhone: PhoneNumber
    /// The wallet that pays: the one the row names, else the one of the number's network
    /// (Orange → orange_bf, Moov → moov_bf, Telecel → sank_bf), as Senfenico itself would pick.
    public var wallet: TransferWallet
    /// True when the row named its wallet; false when it was guessed from the prefix.
    public var walletGiven: Bool
    /// The row's own `ext_id`, or one generated for it (see `extIDGenerated`): every row has one,
    /// so that each answer matches its row exactly and a re-run can never pay a row twice.
    public var extID: String
    public var extIDGenerated: Bool

    public init(
        line: Int, amount: Money, recipientPhone: PhoneNumber, wallet: TransferWallet, walletGiven: Bool,
        extID: String, extIDGenerated: Bool
    ) {
        self.line = line
        self.amount = amount
        self.recipientPhone = recipientPhone
        self.wallet = wallet
        self.walletGiven = walletGiven
        self.extID = extID
        self.extIDGenerated = extIDGenerated
    }

    /// The item sent for this row; the wallet is always sent, guessed or not, so the preview's
    /// totals per wallet are what is debited.
    public var request: TransferRequest {
        TransferRequest(amount: amount, recipientPhone: recipientPhone, recipientWallet: wallet, extID: extID)
    }
}

/// Why a row of the file cannot be sent.
public enum BulkRowIssue: Sendable, Hashable {
    case tooFewFields(found: Int)
    case tooManyFields(found: Int)
    case amount(ValidationIssue)
    case phone(ValidationIssue)
    case wallet(found: String)
    case extID(ValidationIssue)
    case extIDDuplicate(extID: String, firstLine: Int)
    /// A cell with a control or bidi character (`ControlCharacters`): `column` is the API's name
    /// of the field, `character` its code (`U+000A`). The cell is not checked further.
    case controlCharacter(column: String, character: String)

    public var message: LocalizedText {
        typealias B = Strings.Bulk
        switch self {
        case .tooFewFields(let found): return B.rowTooFewFields.filling(["found": String(found)])
        case .tooManyFields(let found): return B.rowTooManyFields.filling(["found": String(found)])
        case .amount(let issue): return Self.field(B.rowAmount, issue.message)
        case .phone(let issue): return Self.field(B.rowPhone, issue.message)
        case .wallet(let found): return B.rowWallet.filling(["found": found])
        case .extID(let issue): return Self.field(B.rowExtID, issue.message)
        case .extIDDuplicate(let extID, let line):
            return B.rowExtIDDuplicate.filling(["extID": extID, "line": String(line)])
        case .controlCharacter(let column, let character):
            return Strings.Input.cellControlCharacter.filling(["column": column, "character": character])
        }
    }

    private static func field(_ template: LocalizedText, _ reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: template.filling(["reason": reason.english]).english,
            fr: template.filling(["reason": reason.french]).french)
    }
}

/// A row that cannot be sent: where it is, what it says, and every reason.
public struct BulkRowProblem: Sendable, Hashable {
    public var line: Int
    /// The row's fields as read (after the header's column order is applied, when there is one):
    /// amount, recipient_phone, recipient_wallet, ext_id; missing ones are empty.
    public var fields: BulkRowFields
    public var issues: [BulkRowIssue]

    public init(line: Int, fields: BulkRowFields, issues: [BulkRowIssue]) {
        self.line = line
        self.fields = fields
        self.issues = issues
    }

    /// Every reason, joined with "; ".
    public var reasons: LocalizedText {
        LocalizedText(
            en: issues.map(\.message.english).joined(separator: "; "),
            fr: issues.map(\.message.french).joined(separator: "; "))
    }
}

/// The four fields of a row as text, exactly as the file gave them (trimmed).
public struct BulkRowFields: Sendable, Hashable {
    public var amount: String
    public var recipientPhone: String
    public var recipientWallet: String
    public var extID: String

    public init(amount: String = "", recipientPhone: String = "", recipientWallet: String = "", extID: String = "") {
        self.amount = amount
        self.recipientPhone = recipientPhone
        self.recipientWallet = recipientWallet
        self.extID = extID
    }
}

/// Why a whole file cannot be used.
public enum BulkFileIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// No row at all (blank lines and a header alone count as none).
    case empty
    /// Not UTF-8 text.
    case notText
    /// The header names columns but not these required ones.
    case headerMissing(columns: [String])
    /// More data rows than `limit` (`BulkPreview.maximumRows`): reading stopped there.
    case tooManyRows(limit: Int)
    /// More bytes than `limit` (`BulkPreview.maximumBytes`): reading stopped there.
    case tooLarge(limit: Int)
    /// The file (or standard input) failed while it was being read.
    case unreadable
    /// The file cannot be opened: missing, a folder, or not readable.
    case cannotOpen(path: String, reason: LocalizedText)

    public var message: LocalizedText {
        switch self {
        case .empty: Strings.Bulk.fileEmpty
        case .notText: Strings.Bulk.fileNotText
        case .tooManyRows(let limit):
            LocalizedText(
                en: Strings.Input.fileTooManyRows.filling(["limit": Self.grouped(limit, .english)]).english,
                fr: Strings.Input.fileTooManyRows.filling(["limit": Self.grouped(limit, .french)]).french)
        case .tooLarge(let limit):
            Strings.Input.fileTooLarge.filling(["limit": String(limit / (1024 * 1024))])
        case .unreadable: Strings.Input.fileUnreadable
        case .cannotOpen(let path, let reason):
            LocalizedText(
                en: Strings.Bulk.cannotRead.filling(["path": path, "detail": reason.english]).english,
                fr: Strings.Bulk.cannotRead.filling(["path": path, "detail": reason.french]).french)
        case .headerMissing(let columns):
            Strings.Bulk.headerMissingColumns.filling(["columns": columns.joined(separator: ", ")])
        }
    }

    public var description: String { message.english }

    /// `10 000`: digits grouped as amounts are.
    private static func grouped(_ number: Int, _ language: Language) -> String {
        Money(francs: Int64(number)).formattedNumber(language)
    }
}
