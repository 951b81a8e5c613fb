import Dispatch
import Foundation

/// SIGINT and SIGTERM turned into a call on a queue of their own, for the commands that run
/// until they are stopped (`sandbox`, `logs tail`). Each signal is ignored first, so its default
/// action never cuts the command short before it has cleaned up.
struct StopSignals {
    private let sources: [any DispatchSourceSignal]

    init(label: String, _ onStop: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: label)
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler(handler: onStop)
            source.resume()
            return source
        }
    }

    func cancel() {
        sources.forEach { $0.cancel() }
    }
}
