import SenfenicoAPI

/// What the charges and transfers lists share: an identity, a status to watch and a time to
/// order by.
public protocol ListItem {
    var reference: String { get }
    var statusText: String { get }
    var sortTime: Timestamp? { get }
}

extension Charge: ListItem {
    public var statusText: String { status.rawValue }
    public var sortTime: Timestamp? { createdAt ?? transactionDate }
}

extension Transfer: ListItem {
    public var statusText: String { status.rawValue }
    public var sortTime: Timestamp? { createdAt }
}
