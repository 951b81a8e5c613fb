import CSVOutput
import DashboardCore
import Foundation
import SenfenicoAPI
import TerminalUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `Effect.copyToClipboard`, on the UI thread (it writes to the terminal): the text goes to
/// the clipboard through the terminal (OSC 52) and to `last-request.sh`, readable by its owner
/// only, for terminals that ignore OSC 52 or sessions over ssh.
enum ClipboardCopy {
    /// `$XDG_STATE_HOME/senfenico/last-request.sh`, else `$HOME/.local/state/senfenico/last-request.sh`.
    static func scriptPath(environment: [String: String]) -> String {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/state"
        return state + "/senfenico/last-request.sh"
    }

    /// Sends and saves `text`; the action tells the person where it went. `publicKey` (the
    /// embedded sandbox's) is kept whole; any other key is masked.
    static func perform(
        _ raw: String, terminal: Terminal, environment: [String: String], keeping publicKey: String? = nil
    ) -> Action {
        let text = sanitized(raw, keeping: publicKey)
        terminal.copyToClipboard(text)
        let path = scriptPath(environment: environment)
        if let failure = save(text + "\n", to: path) {
            return .copiedToClipboard(file: nil, failure: "\(path): \(failure)")
        }
        return .copiedToClipboard(file: path, failure: nil)
    }

    /// A reference in the copied command came from the server: whatever it carries must not
    /// act on the terminal it is later pasted into, and no key is copied but `publicKey`, a
    /// test key (the embedded sandbox's).
    static func sanitized(_ raw: String, keeping publicKey: String? = nil) -> String {
        let safe = TextSanitizer.terminalSafe(raw)
        guard let publicKey, SandboxKey(publicKey) != nil else {
            return TextSanitizer.maskingKeys(safe)
        }
        return safe.components(separatedBy: publicKey).map(TextSanitizer.maskingKeys).joined(separator: publicKey)
    }

    /// Writes a file readable by its owner only, whole or not at all, through the program's one
    /// private-file writer; the reason when it could not.
    static func save(_ text: String, to path: String) -> String? {
        do {
            try PrivateFile.save(Array(text.utf8), to: path)
            return nil
        } catch {
            return error.detail
        }
    }
}
