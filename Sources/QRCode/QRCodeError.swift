import CQREncode

/// Why a text could not become a QR code. Every case is a refusal decided before or by
/// libqrencode; none of them leaves anything to free. The descriptions are for logs, not for
/// the person at the till: a view shows its own localized text.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is nothing to encode; libqrencode refuses empty input.
    case empty
    /// The text holds a NUL character. The C string would end there and the code would silently
    /// carry less than was asked, so it is refused instead.
    case containsNul
    /// The text's UTF-8 bytes do not fit in the largest symbol (version 40) at this correction
    /// level: 2,331 bytes at medium, 2,953 at low. libqrencode reports it as ERANGE.
    case tooLong(bytes: Int, correction: QRCorrection)
    /// libqrencode refused for another reason, with the errno it set (EINVAL, ENOMEM, ...).
    case rejected(errno: Int32)

    public var description: String {
        switch self {
        case .empty:
            "QR code: empty text"
        case .containsNul:
            "QR code: the text contains a NUL character"
        case .tooLong(let bytes, let correction):
            "QR code: \(bytes) bytes do not fit in a version-40 symbol at \(correction) correction (ERANGE)"
        case .rejected(let errno):
            "QR code: libqrencode refused the text (errno \(errno)\(Self.name(ofErrno: errno)))"
        }
    }

    /// The symbolic name of the errno values libqrencode documents, for the log line.
    private static func name(ofErrno errno: Int32) -> String {
        switch errno {
        case cqr_einval(): " EINVAL"
        case cqr_enomem(): " ENOMEM"
        case cqr_erange(): " ERANGE"
        default: ""
        }
    }
}
