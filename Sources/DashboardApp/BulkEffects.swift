import BulkTransfers
import CSVOutput
import DashboardCore
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI
import Synchronization

/// Carries out the bulk screen's effects: reading and checking the file off the UI thread,
/// sending the batches (paced by the client, each sent once), and writing the results.
final class BulkEffects: Sendable {
    private let client: SenfenicoClient
    private let inbox: ActionInbox
    private let language: Language
    /// Every row is journaled before its batch leaves, as a single transfer is; without a
    /// journal nothing is sent, and each row says why.
    private let journal: any BulkRunJournal
    /// The file checked last and the report of the last run, for "save the results".
    private let last = Mutex<(preview: BulkPreview?, report: BulkReport?)>((nil, nil))

    init(
        client: SenfenicoClient, journal: PaymentJournal?, journalProblem: LocalizedText?, inbox: ActionInbox,
        language: Language
    ) {
        self.client = client
        self.inbox = inbox
        self.language = language
        self.journal =
            journal.map { JournaledBulkRun($0) }
            ?? UnavailableBulkJournal(reason: journalProblem?.text(in: language) ?? "no journal")
    }

    func start(_ effect: Effect) {
        switch effect {
        case .loadBulkFile(let path): load(path)
        case .runBulk(let batches): run(batches)
        case .saveBulkResults(let path): save(to: path)
        default: break
        }
    }

    private func load(_ path: String) {
        let inbox = inbox
        Task.detached { [self] in
            let expanded = (path as NSString).expandingTildeInPath
            // Streamed: a huge file stops at the row limit instead of filling memory.
            do throws(BulkFileIssue) {
                let preview = try BulkPreview.parse(stream: try BulkFileSource.open(path: expanded))
                last.withLock { $0 = (preview, nil) }
                inbox.post(.bulk(.loaded(preview)))
            } catch {
                inbox.post(.bulk(.loadFailed(error.message)))
            }
        }
    }

    private func run(_ batches: [BulkBatch]) {
        let inbox = inbox
        let runner = BulkTransferRunner(client: client, journal: journal)
        // Not cancelled with the fetches: a batch that left must get its answer recorded.
        Task.detached { [self] in
            let report = await runner.run(batches) { inbox.post(.bulk(.progress($0))) }
            last.withLock { $0.report = report }
            inbox.post(.bulk(.finished(report)))
        }
    }

    private func save(to path: String) {
        let inbox = inbox
        let language = language
        let (preview, report) = last.withLock { $0 }
        Task.detached {
            guard let preview else { return }
            let csv = BulkResultsCSV.csv(preview: preview, report: report, language: language)
            let expanded = (path as NSString).expandingTildeInPath
            do throws(PrivateFileError) {
                try BulkResultsCSV.write(csv, toFile: expanded)
                inbox.post(.bulk(.saved(path: expanded, failure: nil)))
            } catch {
                inbox.post(.bulk(.saved(path: expanded, failure: error.detail)))
            }
        }
    }
}
