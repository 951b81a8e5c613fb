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

    /// The row of this level in the standard's block tables (ISO/IEC 18004 table 9), which list
    /// L, M, Q, H in that order.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The two bits the format information carries for this level. They are not in table
    /// order: the standard gives L = 01, M = 00, Q = 11, H = 10.
    var formatBits: Int {
        switch self {
        case .low: 1
        case .medium: 0
        case .quartile: 3
        case .high: 2
        }
    }
}
