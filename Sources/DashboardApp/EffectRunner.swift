import DashboardCore
import Foundation
import SenfenicoAPI

/// Runs the network effects as tasks off the UI thread; each result comes back as an action
/// through the inbox. Only the UI thread calls it, so its task list needs no lock.
final class EffectRunner {
    private let client: SenfenicoClient
    private let inbox: ActionInbox
    private let payments: PaymentEffects
    private let operations: OperationEffects
    private let bulk: BulkEffects
    private var tasks: [Task<Void, Never>] = []
    /// The lists' rows beside the fetches, where refreshes are prepared (see `ListMirror`).
    private let chargeRows = ListMirror<Charge>()
    private let transferRows = ListMirror<Transfer>()

    init(
        client: SenfenicoClient, inbox: ActionInbox, payments: PaymentEffects, operations: OperationEffects,
        bulk: BulkEffects
    ) {
        self.client = client
        self.inbox = inbox
        self.payments = payments
        self.operations = operations
        self.bulk = bulk
    }

    /// Starts the fetch for an effect; the bell and quit are the UI thread's own business.
    func start(_ effect: Effect) {
        let client = client
        let inbox = inbox
        let task: Task<Void, Never>
        switch effect {
        case .fetchBalances:
            // Each refresh, the journal's unfinished payments are reconciled and counted again,
            // so a second dashboard on the same file sees the change within one refresh.
            payments.refreshAttention()
            task = Task.detached {
                do throws(SenfenicoError) {
                    inbox.post(.balancesLoaded(try await client.balances(), at: .now()))
                } catch {
                    inbox.post(.fetchFailed(.balances, error, at: .now()))
                }
            }
        case .fetchCharges, .fetchAllCharges:
            // Routine refreshes read the newest rows only: the API's lists have no paging, and
            // without ETag a read of 100 000 charges is 56 MB (`RefreshPolicy.newestRows`).
            let whole = effect == .fetchAllCharges
            let mirror = chargeRows
            task = Task.detached {
                do throws(SenfenicoError) {
                    let read =
                        whole
                        ? ListRead(rows: try await client.charges(), complete: true)
                        : try await client.newestCharges(RefreshPolicy.newestRows)
                    // Merged, indexed and sorted here, off the UI thread.
                    inbox.post(.chargesPrepared(mirror.prepare(read), at: .now()))
                } catch {
                    inbox.post(.fetchFailed(.charges, error, at: .now()))
                }
            }
        case .fetchTransfers, .fetchAllTransfers:
            let whole = effect == .fetchAllTransfers
            let mirror = transferRows
            task = Task.detached {
                do throws(SenfenicoError) {
                    let read =
                        whole
                        ? ListRead(rows: try await client.transfers(), complete: true)
                        : try await client.newestTransfers(RefreshPolicy.newestRows)
                    inbox.post(.transfersPrepared(mirror.prepare(read), at: .now()))
                } catch {
                    inbox.post(.fetchFailed(.transfers, error, at: .now()))
                }
            }
        case .createCharge, .submitOTP, .pollCharge, .reconcile, .record, .exportDay:
            // Never cancelled with the fetches: a payment's journal writes must complete.
            payments.start(effect)
            return
        case .fetchSettlements, .fetchCheckouts, .fetchCheckout, .sendTransfer, .createSettlement, .cancelSettlement,
            .initializeCheckout:
            // Requests that move money run to their end; only the fetches come back as tasks.
            guard let fetch = operations.start(effect) else { return }
            task = fetch
        case .loadBulkFile, .runBulk, .saveBulkResults:
            bulk.start(effect)
            return
        case .ringBell, .quit:
            return
        case .copyToClipboard:
            // Written to the terminal by the UI loop itself.
            return
        }
        tasks.removeAll { $0.isCancelled }
        tasks.append(task)
    }

    /// Cancels fetches still running when the dashboard closes.
    func cancelAll() {
        tasks.forEach { $0.cancel() }
        tasks = []
    }
}
