/// Where a charge started at this terminal stands, as far as this terminal knows.
///
/// Stored as its raw text, so the file reads plainly with `sqlite3` and the CSV export can use
/// the same words; a stage added later needs no renumbering.
public enum JournalStage: String, Sendable, Hashable, CaseIterable {
    /// Written before the create request leaves: if the process dies now, the charge may or
    /// may not exist on the server, and reconciliation must find out.
    case sending = "sending"
    /// The server answered `send_otp`: the customer must give the cashier a code.
    case awaitingOTP = "awaiting_otp"
    /// Written before an OTP submit leaves, for the same reason as `sending`.
    case submittingOTP = "submitting_otp"
    /// The server answered `pay_offline`: the customer confirms on the phone; the terminal polls.
    case awaitingOffline = "awaiting_offline"
    case succeeded = "succeeded"
    case failed = "failed"
    /// A request was sent and its answer lost (timeout, dropped connection): the money may
    /// have moved or not.
    case outcomeUnknown = "outcome_unknown"
    /// The cashier settled it by hand (checked on the customer's phone, refunded, ...), with a note.
    case resolvedByCashier = "resolved_by_cashier"

    /// Nothing more will happen to the charge on its own: it no longer needs the cashier's attention.
    public var isFinished: Bool {
        switch self {
        case .succeeded, .failed, .resolvedByCashier: true
        case .sending, .awaitingOTP, .submittingOTP, .awaitingOffline, .outcomeUnknown: false
        }
    }

    /// Reads a stored stage. A stage this version does not know (written by a newer one) is
    /// taken as `outcomeUnknown`: it is unfinished, so it is shown to the cashier, never hidden.
    init(stored text: String) {
        self = JournalStage(rawValue: text) ?? .outcomeUnknown
    }
}
