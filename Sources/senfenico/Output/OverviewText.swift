import DashboardCore
import Foundation
import Localization
import SenfenicoAPI

/// The account summary as plain text lines, in the user's language.
struct OverviewText {
    let language: Language
    let mode: APISession.Mode
    let limit: Int

    private typealias O = Strings.Overview
    /// Column names are shared with the dashboard's lists.
    private typealias D = Strings.Dashboard

    func render(balances: Balances, charges: [Charge], transfers: [Transfer]) -> String {
        var lines: [String] = [banner, ""]
        lines.append(O.balances.text(in: language))
        lines.append(
            balanceLine(O.collection.text(in: language), balances.collection.available, balances.collection.pending))
        lines.append(
            balanceLine(
                O.transferTotal.text(in: language), balances.transfer.totalAvailable, balances.transfer.totalPending))
        for wallet in TransferWallet.knownCases {
            let balance = balances.transfer[wallet]
            lines.append(balanceLine("  " + wallet.displayName, balance.available, balance.pending))
        }
        lines.append("")
        lines.append(count(O.recentCharges, shown: min(limit, charges.count), total: charges.count))
        lines.append(contentsOf: chargeTable(Array(charges.prefix(limit))))
        lines.append("")
        lines.append(count(O.recentTransfers, shown: min(limit, transfers.count), total: transfers.count))
        lines.append(contentsOf: transferTable(Array(transfers.prefix(limit))))
        return lines.joined(separator: "\n")
    }

    private var banner: String {
        switch mode {
        case .sandbox: O.sandboxBanner.text(in: language)
        case .test: O.testBanner.text(in: language)
        case .live: O.liveBanner.text(in: language)
        }
    }

    private func count(_ template: LocalizedText, shown: Int, total: Int) -> String {
        template.filling(["shown": String(shown), "total": String(total)]).text(in: language)
    }

    private func balanceLine(_ label: String, _ available: Money, _ pending: Money) -> String {
        let availableText = "\(available.formatted(language)) \(O.available.text(in: language))"
        let pendingText = "\(pending.formatted(language)) \(O.pending.text(in: language))"
        return pad(label, 20) + pad(availableText, 30) + pendingText
    }

    private func chargeTable(_ charges: [Charge]) -> [String] {
        guard !charges.isEmpty else { return ["  " + O.none.text(in: language)] }
        let header = [D.columnTime, D.columnAmount, D.columnProvider, D.columnPhone, D.columnStatus, D.columnFees]
            .map { $0.text(in: language) }
        let rows = charges.map { charge in
            [
                time(charge.createdAt ?? charge.transactionDate), charge.amount.formatted(language),
                charge.provider?.displayName ?? "", charge.phone.map(PhoneNumber.formatted) ?? "",
                charge.status.words.text(in: language), charge.fees.map(\.description) ?? "",
            ]
        }
        return table([header] + rows)
    }

    private func transferTable(_ transfers: [Transfer]) -> [String] {
        guard !transfers.isEmpty else { return ["  " + O.none.text(in: language)] }
        let header = [D.columnTime, D.columnAmount, D.columnWallet, D.columnPhone, D.columnStatus, D.columnReference]
            .map { $0.text(in: language) }
        let rows = transfers.map { transfer in
            [
                time(transfer.createdAt), transfer.amount.formatted(language),
                transfer.recipientWallet?.displayName ?? "", transfer.recipientPhone.map(PhoneNumber.formatted) ?? "",
                transfer.status.words.text(in: language), transfer.extID ?? transfer.reference,
            ]
        }
        return table([header] + rows)
    }

    private func time(_ timestamp: Timestamp?) -> String {
        timestamp?.localText(.minutes) ?? ""
    }

    /// Cells hold server text: each is cleaned first, then measured in terminal cells (accents
    /// and wide characters included), as `TextTable` does.
    private func table(_ rows: [[String]]) -> [String] {
        let cells = rows.map { $0.map(TextSanitizer.clean) }
        let widths = cells[0].indices.map { column in cells.map { TerminalWidth.of($0[column]) }.max() ?? 0 }
        return cells.map { row in
            "  " + row.enumerated().map { pad($1, widths[$0] + 2) }.joined().trimmingCharacters(in: .whitespaces)
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let cells = TerminalWidth.of(text)
        return cells >= width ? text + " " : text + String(repeating: " ", count: width - cells)
    }
}
