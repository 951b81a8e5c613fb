/// Why a text could not become a QR code. Every case is a refusal decided before anything is
/// drawn. The descriptions are for logs, not for the person at the till: a view shows its own
/// localized text.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is nothing to encode: an empty symbol would scan as nothing.
    case empty
    /// The text holds a NUL character. Byte mode could carry it, but a NUL in a URL is always a
    /// mistake upstream and many readers stop at it, so it is refused instead.
    case containsNul
    /// The text's UTF-8 bytes do not fit in the largest symbol (version 40) at this correction
    /// level: 2,331 bytes at medium, 2,953 at low.
    case tooLong(bytes: Int, correction: QRCorrection)

    public var description: String {
        switch self {
        case .empty:
            "QR code: empty text"
        case .containsNul:
            "QR code: the text contains a NUL character"
        case .tooLong(let bytes, let correction):
            "QR code: \(bytes) bytes do not fit in a version-40 symbol at \(correction) correction"
        }
    }
}
