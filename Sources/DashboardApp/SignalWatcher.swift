import Dispatch
import Foundation

/// Turns SIGINT, SIGTERM and SIGHUP into a stop request, so the UI thread leaves its loop and
/// restores the terminal itself: ncurses must not be called from a signal handler.
final class SignalWatcher {
    private let sources: [any DispatchSourceSignal]
    private static let numbers = [SIGINT, SIGTERM, SIGHUP]

    init(inbox: ActionInbox) {
        let queue = DispatchQueue(label: "senfenico.dashboard.signals")
        sources = Self.numbers.map { number in
            // Ignored first, so neither the default action nor ncurses' own handler runs.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { inbox.requestStop(signal: number) }
            source.resume()
            return source
        }
    }

    /// Stops watching; once the terminal is restored a second Ctrl-C may end the process at once.
    func cancel() {
        sources.forEach { $0.cancel() }
        Self.numbers.forEach { signal($0, SIG_DFL) }
    }
}
