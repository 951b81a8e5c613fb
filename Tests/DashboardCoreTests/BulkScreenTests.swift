import BulkTransfers
import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The bulk transfer screen: a file checked, its valid rows sent once in batches, results kept.
@Suite struct BulkScreenTests {
    static let csv = """
        amount,recipient_phone,recipient_wallet,ext_id
        1000,70112233,,a-1
        50,70112234,,a-2
        2500,76000000,orange_bf,a-3
        300,12,,a-4
        """

    func preview() throws -> BulkPreview {
        var next = 0
        return try BulkPreview.parse(Self.csv) {
            next += 1
            return "generated-\(next)"
        }
    }

    func atPreview(mode: DashboardMode = .sandbox) throws -> AppState {
        var state = Fixtures.loadedState(mode: mode)
        _ = reduce(&state, .key(.character("b")))
        for character in "/tmp/pay.csv" { _ = reduce(&state, .key(.character(character))) }
        #expect(reduce(&state, .key(.enter)) == [.loadBulkFile(path: "/tmp/pay.csv")])
        #expect(state.bulk?.step == .loading)
        _ = reduce(&state, .bulk(.loaded(try preview())))
        return state
    }

    @Test func theValidRowsAreSentOnceInBatches() throws {
        var state = try atPreview()
        #expect(state.bulk?.preview?.rows.count == 2 && state.bulk?.preview?.problems.map(\.line) == [3, 5])
        let effects = reduce(&state, .key(.enter))
        guard case .runBulk(let batches) = effects.first, effects.count == 1 else {
            Issue.record("expected one runBulk, got \(effects)")
            return
        }
        #expect(batches.map(\.rows.count) == [2])
        #expect(reduce(&state, .key(.enter)).isEmpty && reduce(&state, .key(.escape)).isEmpty, "nothing twice")
        #expect(reduce(&state, .key(.function(10))).isEmpty && state.isConfirmingQuit, "quitting asks while sending")
        _ = reduce(&state, .key(.character("n")))
        let rows = batches[0].rows
        let report = BulkReport(
            rows: [
                BulkRowReport(row: rows[0], batch: 1, result: .queued),
                BulkRowReport(
                    row: rows[1], batch: 1,
                    result: .refused(reason: LocalizedText(en: "Insufficient balance", fr: "Solde insuffisant"))),
            ],
            batches: [])
        _ = reduce(&state, .bulk(.finished(report)))
        #expect(state.bulk?.step == .results)
        let save = reduce(&state, .key(.character("w")))
        guard case .saveBulkResults(let path) = save.first else {
            Issue.record("expected a save, got \(save)")
            return
        }
        #expect(path.hasPrefix("/tmp/pay-results-") && path.hasSuffix(".csv"))
        let closing = reduce(&state, .key(.enter))
        #expect(state.bulk == nil && closing.contains(.fetchTransfers))
        _ = reduce(&state, .key(.character("b")))
        #expect(state.bulk?.pathText == "/tmp/pay.csv", "the last file is offered again")
    }

    @Test func liveModeAsksForTheTotalTypedAgain() throws {
        var state = try atPreview(mode: .live)
        #expect(reduce(&state, .key(.enter)).isEmpty)
        for character in "3500" { _ = reduce(&state, .key(.character(character))) }
        #expect(reduce(&state, .key(.enter)).count == 1)
    }

    @Test func anUnreadableFileIsSaidAtTheField() throws {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("b")))
        _ = reduce(&state, .key(.character("x")))
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .bulk(.loadFailed(Strings.Bulk.fileEmpty)))
        #expect(state.bulk?.step == .choosingFile && state.bulk?.fileError == Strings.Bulk.fileEmpty)
    }

    @Test func previewAndResultsScreens() throws {
        var state = try atPreview()
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 100, height: 30), language: .french),
            named: "bulk-preview-100x30-fr")
        let rows = state.bulk!.preview!.rows
        _ = reduce(&state, .key(.enter))
        _ = reduce(
            &state,
            .bulk(.progress(BulkProgress(rowsSent: 1, totalRows: 2, batchesDone: 1, totalBatches: 2, lastBatch: nil))))
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .english),
            named: "bulk-running-80x24-en")
        _ = reduce(
            &state,
            .bulk(
                .finished(
                    BulkReport(
                        rows: [
                            BulkRowReport(row: rows[0], batch: 1, result: .queued),
                            BulkRowReport(
                                row: rows[1], batch: 2,
                                result: .unknown(reason: LocalizedText(en: "answer lost", fr: "réponse perdue"))),
                        ], batches: []))))
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 100, height: 30), language: .english),
            named: "bulk-results-100x30-en")
    }
}
