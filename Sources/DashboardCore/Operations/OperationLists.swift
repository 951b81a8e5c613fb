import Localization
import SenfenicoAPI

extension Settlement: ListItem {
    public var statusText: String { status.rawValue }
    public var sortTime: Timestamp? { createdAt }
}

extension Checkout: ListItem {
    public var statusText: String { status.rawValue }
    public var sortTime: Timestamp? { createdAt }
}

extension StatusWords {
    public static func settlement(_ status: SettlementStatus) -> LocalizedText {
        switch status {
        case .processing: Strings.Status.processing
        case .inTransit: Strings.Status.inTransit
        case .success: Strings.Status.success
        case .cancelled: Strings.Status.canceled
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }

    public static func checkout(_ status: CheckoutStatus) -> LocalizedText {
        switch status {
        case .pending: Strings.Status.pending
        case .success: Strings.Status.success
        case .failed: Strings.Status.failed
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }
}

extension AppState {
    /// The settlements the filter lets through, newest first.
    public var visibleSettlements: [Settlement] {
        let query = RowQuery(settlementList.filter)
        guard !query.isEmpty else { return settlements }
        return settlements.filter {
            query.matches(
                phone: $0.destination.phone, reference: $0.reference, extra: $0.destination.bankName,
                status: $0.status.rawValue, statusWords: StatusWords.settlement($0.status))
        }
    }

    /// The checkouts the filter lets through, newest first.
    public var visibleCheckouts: [Checkout] {
        let query = RowQuery(checkoutList.filter)
        guard !query.isEmpty else { return checkouts }
        return checkouts.filter {
            query.matches(
                phone: $0.phone, reference: $0.reference, extra: $0.email, status: $0.status.rawValue,
                statusWords: StatusWords.checkout($0.status))
        }
    }

    /// The settlement under the selection on the settlements page.
    var selectedSettlement: Settlement? {
        let rows = visibleSettlements
        return rows.indices.contains(settlementList.selection) ? rows[settlementList.selection] : nil
    }

    var selectedCheckout: Checkout? {
        let rows = visibleCheckouts
        return rows.indices.contains(checkoutList.selection) ? rows[checkoutList.selection] : nil
    }
}
