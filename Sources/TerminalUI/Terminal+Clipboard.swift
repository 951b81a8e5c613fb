import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// The longest text sent to the clipboard: xterm refuses longer OSC 52 selections, and a
    /// sequence that long would only be a flood to terminals that ignore it.
    public static let clipboardLimit = 74_994

    /// Asks the terminal to put `text` on the system clipboard (OSC 52). A terminal (or tmux,
    /// with `set-clipboard off`) that does not support it ignores the sequence; nothing tells
    /// whether it worked. False when the text is too long or could not be written. Call it on
    /// the terminal's thread, between two frames: ncurses has flushed its output by then.
    @discardableResult
    public func copyToClipboard(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.clipboardLimit else { return false }
        let sequence = Array("\u{1B}]52;c;\(Data(bytes).base64EncodedString())\u{07}".utf8)
        var written = 0
        while written < sequence.count {
            let count = sequence[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if count > 0 {
                written += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }
}
