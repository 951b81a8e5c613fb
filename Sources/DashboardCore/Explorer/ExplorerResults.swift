import Localization

/// The developer view's actions: a finished exchange for the log, and where a copied `curl`
/// command went.
enum ExplorerResults {
    static func record(_ entry: LoggedExchange, _ state: inout AppState) -> [Effect] {
        state.requestLog.record(entry)
        return []
    }

    /// After `y`: the command went to the terminal's clipboard (OSC 52, which the terminal may
    /// ignore), and to `file` unless `failure` says why not.
    static func copied(file: String?, failure: String?, _ state: inout AppState) -> [Effect] {
        if let file {
            state.showNotice(Strings.Explorer.copied.filling(["path": file]), seconds: 15)
        } else {
            state.showNotice(Strings.Explorer.copyNotSaved.filling(["reason": failure ?? ""]), seconds: 15)
        }
        return []
    }
}
