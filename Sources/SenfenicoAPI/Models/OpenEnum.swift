/// A string enumeration from the server that must survive values we do not know yet.
///
/// A real server may add a status or provider at any time; failing a whole list of
/// 100 000 charges because one row says `"reversed"` would be worse than useless, so every
/// such field keeps the raw text in `.unknown(raw)`.
public protocol OpenEnum: RawRepresentable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// The known cases, in display order.
    static var knownCases: [Self] { get }
    static func unknown(_ raw: String) -> Self
}

extension OpenEnum {
    public init(rawValue: String) {
        self = Self.knownCases.first { $0.rawValue == rawValue } ?? Self.unknown(rawValue)
    }

    public var description: String { rawValue }

    public var isKnown: Bool { Self.knownCases.contains(self) }
}
