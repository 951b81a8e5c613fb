import Localization
import SenfenicoAPI

/// What the charges and transfers lists share: an identity, a status to watch and a time to
/// order by.
public protocol ListItem {
    var reference: String { get }
    var statusText: String { get }
    var sortTime: Timestamp? { get }
}

/// A row of a `ListPane`: what its filter searches, what its sorts compare, and the overlay
/// Enter opens on it. One conformance per kind of row replaces a switch per pane.
public protocol PaneRow: ListItem, Sendable, Equatable {
    associatedtype Status: StatusWording
    var status: Status { get }
    var amount: Money { get }
    /// Digits searched with spaces ignored (`76 00` finds `76000000`).
    var searchPhone: String? { get }
    /// Whether `test` holds for one of the row's references, ext_id, e-mail or bank. A method
    /// rather than an array: the filter calls it for 100 000 rows per keystroke, and an array
    /// per row would be an allocation each.
    func anySearchText(_ test: (String) -> Bool) -> Bool
    /// The operator's or wallet's name, searched and sorted on (`orange` finds Orange Money).
    var operatorName: String { get }
    /// The screen Enter opens on this row.
    var detailOverlay: Overlay { get }
}

extension PaneRow {
    public var statusText: String { status.rawValue }
}

extension Charge: PaneRow {
    public var sortTime: Timestamp? { createdAt ?? transactionDate }
    public var searchPhone: String? { phone }
    public func anySearchText(_ test: (String) -> Bool) -> Bool { test(reference) }
    public var operatorName: String { provider?.displayName ?? "" }
    public var detailOverlay: Overlay { .detail(.charge(reference: reference), scroll: 0) }
}

extension Transfer: PaneRow {
    public var sortTime: Timestamp? { createdAt }
    public var searchPhone: String? { recipientPhone }
    public func anySearchText(_ test: (String) -> Bool) -> Bool { test(reference) || extID.map(test) == true }
    public var operatorName: String { recipientWallet?.displayName ?? "" }
    public var detailOverlay: Overlay { .detail(.transfer(reference: reference), scroll: 0) }
}

extension Settlement: PaneRow {
    public var sortTime: Timestamp? { createdAt }
    public var searchPhone: String? { destination.phone }
    public func anySearchText(_ test: (String) -> Bool) -> Bool {
        test(reference) || destination.bankName.map(test) == true
    }
    public var operatorName: String {
        destination.provider.map { Provider(rawValue: $0).displayName } ?? destination.bankName ?? ""
    }
    public var detailOverlay: Overlay { .detail(.settlement(reference: reference), scroll: 0) }
}

extension Checkout: PaneRow {
    public var sortTime: Timestamp? { createdAt }
    public var searchPhone: String? { phone }
    public func anySearchText(_ test: (String) -> Bool) -> Bool {
        test(reference) || chargeReference.map(test) == true || email.map(test) == true
    }
    public var operatorName: String { provider.map { Provider(rawValue: $0).displayName } ?? "" }
    public var detailOverlay: Overlay { .checkout(reference: reference, latest: self) }
}
