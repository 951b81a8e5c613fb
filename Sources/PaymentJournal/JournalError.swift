import Localization

/// What can go wrong with the journal that a cashier must be told about.
public enum JournalError: Error, Sendable, Hashable {
    /// The file or its folder cannot be created, read or written, or is not a journal.
    case cannotOpen(path: String, detail: String)
    /// The file was migrated by a newer senfenico: writing to it with this one could lose what
    /// the newer version records.
    case newerVersion(path: String)
    /// An export file cannot be written.
    case cannotWrite(path: String, detail: String)
    case notFound(id: String)
    /// Only an unfinished charge can be marked resolved: a success or failure is already settled.
    case alreadyFinished(id: String, stage: JournalStage)

    public func message(in language: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .cannotOpen(let path, let detail):
                Strings.Journal.cannotOpen.filling(["file": path, "detail": detail])
            case .newerVersion(let path):
                Strings.Journal.newerVersion.filling(["file": path])
            case .cannotWrite(let path, let detail):
                Strings.Journal.cannotWrite.filling(["file": path, "detail": detail])
            case .notFound(let id):
                Strings.Journal.notFound.filling(["id": id])
            case .alreadyFinished(let id, let stage):
                Strings.Journal.alreadyFinished.filling(["id": id, "stage": stage.displayName.text(in: language)])
            }
        return text.text(in: language)
    }
}
