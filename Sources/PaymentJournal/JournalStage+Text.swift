import Localization

extension JournalStage {
    /// The stage as the cashier reads it.
    public var displayName: LocalizedText {
        switch self {
        case .sending: Strings.Journal.Stage.sending
        case .awaitingOTP: Strings.Journal.Stage.awaitingOTP
        case .submittingOTP: Strings.Journal.Stage.submittingOTP
        case .awaitingOffline: Strings.Journal.Stage.awaitingOffline
        case .succeeded: Strings.Journal.Stage.succeeded
        case .failed: Strings.Journal.Stage.failed
        case .outcomeUnknown: Strings.Journal.Stage.outcomeUnknown
        case .resolvedByCashier: Strings.Journal.Stage.resolvedByCashier
        }
    }
}
