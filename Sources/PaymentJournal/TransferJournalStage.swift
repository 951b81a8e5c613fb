/// Where a transfer started at this terminal stands, as far as this terminal knows.
///
/// A transfer moves money out of the merchant's balance, so it is recorded before it is sent,
/// with the `ext_id` it is sent with: a retry after a lost answer reuses that `ext_id`, and
/// Senfenico refuses a reused one, so nothing is paid twice. Stored as its raw text, like
/// `JournalStage`.
public enum TransferJournalStage: String, Sendable, Hashable, CaseIterable {
    /// Written before the create request leaves: if the process dies now, the transfer may or
    /// may not exist on the server; a retry with the same `ext_id` finds out.
    case sending = "sending"
    /// The request was sent and its answer lost (timeout, dropped connection): the money may
    /// have moved or not.
    case outcomeUnknown = "outcome_unknown"
    /// The server holds the transfer (made by this request or by an earlier one with the same
    /// `ext_id`); its own status (`pending`, `success`, `failed`) is kept as `serverStatus`.
    case sent = "sent"
    /// The server refused the request and holds no transfer with this `ext_id`: nothing was paid.
    case refused = "refused"
    /// The cashier settled it by hand (checked the balance or the recipient's phone, ...), with a note.
    case resolved = "resolved"

    /// Nothing more will happen to the transfer on its own: sending it again is not needed.
    public var isFinished: Bool {
        switch self {
        case .sent, .refused, .resolved: true
        case .sending, .outcomeUnknown: false
        }
    }

    /// The charge stage that says the same to the cashier, for the errors transfers share with
    /// charges (`JournalError.alreadyFinished`): sent as succeeded, refused as failed.
    var asChargeStage: JournalStage {
        switch self {
        case .sending: .sending
        case .outcomeUnknown: .outcomeUnknown
        case .sent: .succeeded
        case .refused: .failed
        case .resolved: .resolvedByCashier
        }
    }

    /// Reads a stored stage. A stage this version does not know (written by a newer one) is
    /// taken as `outcomeUnknown`: it is unfinished, so it is shown to the cashier, never hidden.
    init(stored text: String) {
        self = TransferJournalStage(rawValue: text) ?? .outcomeUnknown
    }
}
