import Synchronization

/// What the server and its routes change while requests run: the address, known once the
/// server is bound, and how far `/_sandbox/time/advance` has moved the clock. A class, so the
/// server, its routes and its clock all hold the same one.
final class SandboxLiveState: Sendable {
    /// `http://127.0.0.1:<port>`: the real port once bound.
    let baseURL: Mutex<String>
    /// Microseconds added to the options' clock.
    let clockOffset = Mutex<Int64>(0)

    init(baseURL: String) {
        self.baseURL = Mutex(baseURL)
    }
}
