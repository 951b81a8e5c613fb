import SenfenicoAPI

/// What the charges and transfers lists share: an identity, a status to watch and a time to
/// order by.
protocol ListItem {
    var reference: String { get }
    var statusText: String { get }
    var sortTime: Timestamp? { get }
}

extension Charge: ListItem {
    var statusText: String { status.rawValue }
    var sortTime: Timestamp? { createdAt ?? transactionDate }
}

extension Transfer: ListItem {
    var statusText: String { status.rawValue }
    var sortTime: Timestamp? { createdAt }
}
