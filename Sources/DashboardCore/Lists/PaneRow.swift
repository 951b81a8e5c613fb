import Localization
import SenfenicoAPI

/// What every list shares: an identity, a status to watch and a time to order by.
public protocol ListItem {
    var reference: String { get }
    var sortTime: Timestamp? { get }
    /// The reference and raw status read in place. Generic code walking 100 000 rows uses
    /// this: a getter called on a row of a generic list copied the whole row first.
    static func identity(of row: UnsafePointer<Self>) -> (reference: String, status: String)
}

/// A row of a `ListPane`: what its filter searches, what its sorts compare, and the overlay
/// Enter opens on it. One conformance per kind of row replaces a switch per pane.
public protocol PaneRow: ListItem, Sendable, Equatable {
    associatedtype Status: StatusWording
    var status: Status { get }
    var amount: Money { get }
    /// What the `/` filter searches in this row: its phone (spaces ignored), amount,
    /// references, ext_id, e-mail or bank, status and operator (see `RowQuery.matches` and the
    /// list's `RowSearchIndex`). Static, through a pointer: the stored fields are then read in
    /// place; calling a method on a row in a generic list copied the whole row first (a dozen
    /// reference counts).
    static func searchFields(of row: UnsafePointer<Self>, into fields: inout SearchFields<Status>)
    /// The operator's or wallet's name, searched and sorted on (`orange` finds Orange Money).
    var operatorName: String { get }
    /// The screen Enter opens on this row.
    var detailOverlay: Overlay { get }
}

extension Charge: PaneRow {
    public static func identity(of row: UnsafePointer<Self>) -> (reference: String, status: String) {
        (row.pointee.reference, row.pointee.status.rawValue)
    }
    public var sortTime: Timestamp? { createdAt ?? transactionDate }
    public var operatorName: String { provider?.displayName ?? "" }
    public static func searchFields(of row: UnsafePointer<Self>, into fields: inout SearchFields<ChargeStatus>) {
        fields.start(
            phone: row.pointee.phone, francs: row.pointee.amount.francs, status: row.pointee.status,
            operatorName: row.pointee.operatorName)
        fields.add(row.pointee.reference)
    }
    public var detailOverlay: Overlay { .detail(.charge(reference: reference), scroll: 0) }
}

extension Transfer: PaneRow {
    public static func identity(of row: UnsafePointer<Self>) -> (reference: String, status: String) {
        (row.pointee.reference, row.pointee.status.rawValue)
    }
    public var sortTime: Timestamp? { createdAt }
    public var operatorName: String { recipientWallet?.displayName ?? "" }
    public static func searchFields(of row: UnsafePointer<Self>, into fields: inout SearchFields<TransferStatus>) {
        fields.start(
            phone: row.pointee.recipientPhone, francs: row.pointee.amount.francs, status: row.pointee.status,
            operatorName: row.pointee.operatorName)
        fields.add(row.pointee.reference)
        fields.add(row.pointee.extID)
    }
    public var detailOverlay: Overlay { .detail(.transfer(reference: reference), scroll: 0) }
}

extension Settlement: PaneRow {
    public static func identity(of row: UnsafePointer<Self>) -> (reference: String, status: String) {
        (row.pointee.reference, row.pointee.status.rawValue)
    }
    public var sortTime: Timestamp? { createdAt }
    public static func searchFields(of row: UnsafePointer<Self>, into fields: inout SearchFields<SettlementStatus>) {
        fields.start(
            phone: row.pointee.destination.phone, francs: row.pointee.amount.francs, status: row.pointee.status,
            operatorName: row.pointee.operatorName)
        fields.add(row.pointee.reference)
        fields.add(row.pointee.destination.bankName)
    }
    public var operatorName: String {
        destination.provider.map { Provider(rawValue: $0).displayName } ?? destination.bankName ?? ""
    }
    public var detailOverlay: Overlay { .detail(.settlement(reference: reference), scroll: 0) }
}

extension Checkout: PaneRow {
    public static func identity(of row: UnsafePointer<Self>) -> (reference: String, status: String) {
        (row.pointee.reference, row.pointee.status.rawValue)
    }
    public var sortTime: Timestamp? { createdAt }
    public static func searchFields(of row: UnsafePointer<Self>, into fields: inout SearchFields<CheckoutStatus>) {
        fields.start(
            phone: row.pointee.phone, francs: row.pointee.amount.francs, status: row.pointee.status,
            operatorName: row.pointee.operatorName)
        fields.add(row.pointee.reference)
        fields.add(row.pointee.chargeReference)
        fields.add(row.pointee.email)
    }
    public var operatorName: String { provider.map { Provider(rawValue: $0).displayName } ?? "" }
    public var detailOverlay: Overlay { .checkout(reference: reference, latest: self) }
}
