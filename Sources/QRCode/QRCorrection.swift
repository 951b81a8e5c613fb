import CQREncode

/// How much of a symbol may be damaged and still read. More correction makes a bigger symbol for
/// the same text, so a screen, where the code is never torn or dirty, rarely needs more than medium.
public enum QRCorrection: Sendable, Hashable, CaseIterable {
    /// About 7 % of the symbol can be restored.
    case low
    /// About 15 %: the default.
    case medium
    /// About 25 %.
    case quartile
    /// About 30 %.
    case high

    /// The same level as libqrencode spells it.
    var level: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}
