import SenfenicoAPI

/// The Senfenico account an entry was taken with: its mode and a fingerprint of its key (never
/// the key). Sandbox practice, TEST and live payments share one journal file but never one
/// day's total: every listing, total and attention count is of one account.
public struct JournalAccount: Sendable, Hashable, CustomStringConvertible {
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// The embedded sandbox: practice, no account behind it.
        case sandbox
        /// A `sk_test_` key: Senfenico's test mode (or a standalone sandbox).
        case test
        /// A `sk_live_` key: real money.
        case live
        /// Written before accounts were kept apart, or a key of neither kind.
        case unknown
    }

    public let mode: Mode
    /// The first 12 hexadecimal digits of the key's SHA-256; `sandbox` for the embedded sandbox.
    public let fingerprint: String

    public init(mode: Mode, fingerprint: String) {
        self.mode = mode
        self.fingerprint = fingerprint
    }

    /// The account of `key`; no key is the embedded sandbox, as for every command.
    public init(key: APIKey?) {
        guard let key else {
            self = .sandbox
            return
        }
        let mode: Mode =
            switch key.mode {
            case .test: .test
            case .live: .live
            case .unknown: .unknown
            }
        self.init(mode: mode, fingerprint: key.fingerprint)
    }

    /// The embedded sandbox: one account for every run, whatever port it listens on.
    public static let sandbox = JournalAccount(mode: .sandbox, fingerprint: "sandbox")
    /// Rows written before the journal kept accounts apart.
    public static let unknown = JournalAccount(mode: .unknown, fingerprint: "")

    /// `test 3f2a9c0b81de`, `sandbox`: how a listing names it.
    public var description: String {
        fingerprint.isEmpty || fingerprint == mode.rawValue ? mode.rawValue : "\(mode.rawValue) \(fingerprint)"
    }
}

/// Which entries a journal's listings, totals and attention counts cover.
public enum JournalScope: Sendable, Hashable {
    /// One account's entries only: the default, so a sandbox franc never reaches a TEST total.
    case account(JournalAccount)
    /// Every account's (`--all-accounts`).
    case allAccounts

    /// The SQL condition and its arguments, to add to a query with AND.
    var condition: (sql: String, arguments: [String]) {
        switch self {
        case .account(let account):
            ("account_mode = ? AND account_fingerprint = ?", [account.mode.rawValue, account.fingerprint])
        case .allAccounts: ("1", [])
        }
    }
}
