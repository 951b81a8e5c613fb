import Localization

extension TransferJournalStage {
    /// The stage as the cashier reads it.
    public var displayName: LocalizedText {
        switch self {
        case .sending: Strings.TransferJournal.Stage.sending
        case .outcomeUnknown: Strings.TransferJournal.Stage.outcomeUnknown
        case .sent: Strings.TransferJournal.Stage.sent
        case .refused: Strings.TransferJournal.Stage.refused
        case .resolved: Strings.TransferJournal.Stage.resolved
        }
    }
}
