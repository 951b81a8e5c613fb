import Localization
import SenfenicoAPI

/// Theme keys of the settlement and checkout statuses.
enum OperationStyles {
    static func settlement(_ status: SettlementStatus) -> ThemeKey {
        switch status {
        case .processing: .statusPending
        case .inTransit: .statusPayOffline
        case .success: .statusSuccess
        case .cancelled: .statusCanceled
        case .unknown: .statusUnknown
        }
    }

    static func checkout(_ status: CheckoutStatus) -> ThemeKey {
        switch status {
        case .pending: .statusPending
        case .success: .statusSuccess
        case .failed: .statusFailed
        case .unknown: .statusUnknown
        }
    }
}

/// The settlements and checkouts pages: one list each, with the columns that say the most.
enum OperationListViews {
    private typealias D = Strings.Dashboard
    private typealias O = Strings.Operations

    static func drawSettlements(_ screen: inout Screen, _ context: ViewContext, layout: PaneLayout) {
        let state = context.state
        let list = state.settlementList
        let available = layout.bordered ? layout.rect.width - 4 : layout.rect.width - 2
        let wide = available >= 80
        let columns: [Column] =
            wide
            ? [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 18, alignRight: true),
                Column(title: D.columnFees, width: 8, alignRight: true), Column(title: D.columnStatus, width: 14),
                Column(title: O.columnDestination, width: 18), Column(title: D.columnReference, width: 0),
            ]
            : [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 15, alignRight: true),
                Column(title: D.columnStatus, width: 0),
            ]
        let makeRow = { (settlement: Settlement) -> ListRow in
            let status = context.text(settlement.status.words)
            let cells: [String]
            if wide {
                cells = [
                    context.listTime(settlement.createdAt), settlement.amount.formatted(context.language),
                    settlement.settlementFees?.formattedNumber(context.language) ?? "", status,
                    destination(settlement), settlement.reference,
                ]
            } else {
                cells = [
                    context.listTime(settlement.createdAt), settlement.amount.formatted(context.language), status,
                ]
            }
            return ListRow(
                cells: cells, statusColumn: wide ? 3 : 2, statusKey: OperationStyles.settlement(settlement.status),
                marked: state.isMarked(settlement.reference))
        }
        ListView.draw(
            &screen, context, layout: layout, title: O.settlements, columns: columns, count: list.count,
            row: { makeRow(list.row(at: $0)!) }, total: state.settlements.count)
    }

    static func drawCheckouts(_ screen: inout Screen, _ context: ViewContext, layout: PaneLayout) {
        let state = context.state
        let list = state.checkoutList
        let available = layout.bordered ? layout.rect.width - 4 : layout.rect.width - 2
        let wide = available >= 80
        let columns: [Column] =
            wide
            ? [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 18, alignRight: true),
                Column(title: D.columnStatus, width: 12), Column(title: O.columnEmail, width: 24),
                Column(title: D.columnReference, width: 0),
            ]
            : [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 15, alignRight: true),
                Column(title: D.columnStatus, width: 0),
            ]
        let makeRow = { (checkout: Checkout) -> ListRow in
            let status = context.text(checkout.status.words)
            let cells: [String] =
                wide
                ? [
                    context.listTime(checkout.createdAt), checkout.amount.formatted(context.language), status,
                    checkout.email ?? "", checkout.reference,
                ]
                : [context.listTime(checkout.createdAt), checkout.amount.formatted(context.language), status]
            return ListRow(
                cells: cells, statusColumn: 2, statusKey: OperationStyles.checkout(checkout.status),
                marked: state.isMarked(checkout.reference))
        }
        ListView.draw(
            &screen, context, layout: layout, title: O.checkouts, columns: columns, count: list.count,
            row: { makeRow(list.row(at: $0)!) }, total: state.checkouts.count)
    }

    /// The bank, the mobile wallet or the USDT address the money goes to, whichever is set.
    static func destination(_ settlement: Settlement) -> String {
        let to = settlement.destination
        if let bank = to.bankName, !bank.isEmpty { return bank }
        if let phone = to.phone, !phone.isEmpty {
            let name = to.provider.map { Provider(rawValue: $0).displayName + " " } ?? ""
            return name + Formatting.phone(phone)
        }
        if let wallet = to.usdtWalletAddress, !wallet.isEmpty { return "USDT " + wallet }
        return settlement.accountType?.rawValue ?? "—"
    }
}
