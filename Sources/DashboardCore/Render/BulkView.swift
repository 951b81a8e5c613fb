import BulkTransfers
import Localization
import SenfenicoAPI

/// The bulk transfer screen over the body: the file, its checked preview with every bad row,
/// the progress bar while batches go, then each row's result.
enum BulkView {
    private typealias B = Strings.Bulk
    private typealias O = Strings.Operations

    static func draw(_ screen: inout Screen, _ context: ViewContext, area: Rect) {
        guard let bulk = context.state.bulk, area.height >= 3 else { return }
        screen.fill(area, style: context.theme[.text])
        let inner = screen.box(
            area, title: context.text(O.bulkTitle), border: context.theme[.paneBorder],
            titleStyle: context.theme[.paneTitleFocused])
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        var writer = LineWriter(screen: screen, area: content, context: context)
        let hint: LocalizedText
        switch bulk.step {
        case .choosingFile, .loading:
            chooseFile(bulk, &writer)
            hint = O.bulkFileHint
        case .preview:
            preview(bulk, &writer)
            hint = bulk.preview?.rows.isEmpty == false ? O.bulkPreviewHint : O.bulkBackHint
        case .running:
            running(bulk, &writer)
            hint = Strings.Wizard.sending
        case .results:
            results(bulk, &writer)
            hint = O.bulkResultsHint
        }
        screen = writer.screen
        screen.write(
            " " + context.text(hint), x: inner.x, y: inner.maxY - 1, style: context.theme[.columnHeader],
            maxWidth: inner.width)
    }

    private static func chooseFile(_ bulk: BulkScreen, _ writer: inout LineWriter) {
        let context = writer.context
        writer.paragraph(context.text(O.bulkFileFormat), style: context.theme[.text])
        writer.blank()
        writer.field(O.bulkFileLabel, value: bulk.pathText + "▏", style: context.theme[.selection].bolded)
        if bulk.step == .loading { writer.line(context.text(O.loading), style: context.theme[.stale]) }
        if let error = bulk.fileError {
            writer.blank()
            writer.paragraph("! " + context.text(error), style: context.theme[.alert])
        }
    }

    private static func preview(_ bulk: BulkScreen, _ writer: inout LineWriter) {
        guard let preview = bulk.preview else { return }
        let context = writer.context
        let language = context.language
        let theme = context.theme
        let batches = preview.batches()
        writer.paragraph(
            B.previewTitle.filling([
                "file": bulk.pathText, "rows": String(preview.rowsRead), "valid": String(preview.rows.count),
                "invalid": String(preview.problems.count),
            ]).text(in: language), style: theme[.text].bolded)
        if preview.rows.isEmpty {
            writer.paragraph(context.text(B.nothingToSend), style: theme[.alert])
        } else {
            writer.paragraph(
                B.previewTotal.filling([
                    "count": String(preview.rows.count), "total": preview.totalAmount.formatted(language),
                    "batches": String(batches.count), "size": String(Validator.maximumBulkSize),
                ]).text(in: language), style: theme[.amountPositive])
            for total in preview.totalsByWallet {
                let debit = TransferFees.estimatedDebit(total.amount)
                let available = context.state.balances?.transfer[total.wallet].available
                let short = available.map { debit > $0 } ?? false
                let line = (available == nil ? B.previewWalletNoBalance : B.previewWallet).filling([
                    "wallet": total.wallet.displayName, "count": String(total.count),
                    "total": total.amount.formatted(language), "available": available?.formatted(language) ?? "",
                ]).text(in: language)
                writer.line(line + (short ? "  ⚠" : ""), style: theme[short ? .alert : .text])
            }
        }
        if context.state.mode == .live, !preview.rows.isEmpty {
            writer.blank()
            writer.paragraph(
                O.liveConfirm.filling(["amount": String(preview.totalAmount.francs)]).text(in: language),
                style: theme[.bannerLive])
            writer.line("  " + bulk.confirmText + "▏", style: theme[.selection].bolded)
            if let error = bulk.confirmError { writer.paragraph("! " + context.text(error), style: theme[.alert]) }
        }
        guard !preview.problems.isEmpty else { return }
        writer.blank()
        writer.line(context.text(B.previewBadRows), style: theme[.alert].bolded)
        for problem in preview.problems.dropFirst(bulk.scroll) {
            let reasons = problem.issues.map { $0.message.text(in: language) }.joined(separator: "; ")
            writer.line(
                B.previewBadRow.filling(["line": String(problem.line), "reasons": reasons]).text(in: language),
                style: theme[.alert])
        }
    }

    private static func running(_ bulk: BulkScreen, _ writer: inout LineWriter) {
        let context = writer.context
        guard let progress = bulk.progress else {
            writer.line(context.text(Strings.Wizard.sending), style: context.theme[.stale])
            return
        }
        let width = max(10, writer.area.width - 8)
        let filled = Int((progress.fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        writer.line(
            B.progress.filling([
                "sent": String(progress.rowsSent), "total": String(progress.totalRows),
                "batch": String(progress.batchesDone), "batches": String(progress.totalBatches),
            ]).text(in: context.language), style: context.theme[.text].bolded)
        writer.blank()
        writer.line(bar + " " + String(Int(progress.fraction * 100)) + " %", style: context.theme[.statusSuccess])
        writer.blank()
        writer.paragraph(context.text(O.bulkPacing), style: context.theme[.text])
    }

    private static func results(_ bulk: BulkScreen, _ writer: inout LineWriter) {
        guard let report = bulk.report else { return }
        let context = writer.context
        let language = context.language
        let theme = context.theme
        let invalid = bulk.preview?.problems.count ?? 0
        writer.paragraph(
            B.summary.filling([
                "queued": String(report.count(.queued)), "amount": report.queuedAmount.formatted(language),
                "refused": String(report.count(.refused)), "unknown": String(report.count(.unknown)),
                "notSent": String(report.count(.notSent)), "invalid": String(invalid),
            ]).text(in: language), style: theme[report.allQueued ? .statusSuccess : .alert].bolded)
        if report.count(.unknown) > 0 { writer.paragraph(context.text(O.bulkUnknownAdvice), style: theme[.stale]) }
        if let saved = bulk.savedPath {
            writer.paragraph(B.resultsSaved.filling(["path": saved]).text(in: language), style: theme[.text])
        }
        writer.blank()
        let header = [
            TextFit.fit(context.text(B.columnLine), width: 6), TextFit.fit(context.text(O.amountLabel), width: 16),
            TextFit.fit(context.text(Strings.Dashboard.columnRecipient), width: 12),
            TextFit.fit(context.text(O.walletLabel), width: 13), TextFit.fit(context.text(B.columnResult), width: 11),
            context.text(B.columnReason),
        ].joined(separator: " ")
        writer.line(header, style: theme[.columnHeader])
        for row in report.rows.dropFirst(bulk.scroll) {
            let kind = row.result.kind
            let cells = [
                TextFit.fit(String(row.row.line), width: 6),
                String(repeating: " ", count: max(0, 16 - TerminalWidth.of(row.row.amount.formatted(language))))
                    + row.row.amount.formatted(language),
                TextFit.fit(row.row.recipientPhone.formatted, width: 12),
                TextFit.fit(row.row.wallet.displayName, width: 13),
                TextFit.fit(context.text(kind.label), width: 11),
                row.result.reason.map { context.text($0) } ?? "",
            ]
            let key: ThemeKey =
                switch kind {
                case .queued: .statusSuccess
                case .refused, .invalid: .statusFailed
                case .unknown: .alert
                case .notSent: .statusUnknown
                }
            writer.line(cells.joined(separator: " "), style: theme[key])
        }
    }
}
