import BulkTransfers
import SenfenicoAPI

/// Everything that can change the dashboard: keys, clock ticks and fetch results.
public enum Action: Sendable, Equatable {
    case key(Key)
    /// The clock moved; expires status-change marks and triggers a due refresh.
    case tick(Timestamp)
    case balancesLoaded(Balances, at: Timestamp)
    case chargesLoaded([Charge], at: Timestamp)
    case transfersLoaded([Transfer], at: Timestamp)
    /// Only the newest rows of a longer list (``Effect/fetchCharges`` reads no more).
    case newestChargesLoaded([Charge], at: Timestamp)
    case newestTransfersLoaded([Transfer], at: Timestamp)
    /// A refresh of charges or transfers made ready off the UI thread (merged, indexed,
    /// sorted, compared: see `PreparedRows`); the `…Loaded` actions above prepare it in `reduce`.
    case chargesPrepared(PreparedRows<Charge>, at: Timestamp)
    case transfersPrepared(PreparedRows<Transfer>, at: Timestamp)
    case settlementsLoaded([Settlement], at: Timestamp)
    case checkoutsLoaded([Checkout], at: Timestamp)
    /// An answer to a transfer, settlement or checkout request, or to a settlement's cancel.
    case operation(OperationEvent)
    /// The bulk transfer screen's file, progress and results.
    case bulk(BulkEvent)
    case fetchFailed(FetchKind, SenfenicoError, at: Timestamp)
    /// The terminal's size changed (and once at start): decides which lists are shown.
    case resized(Size)
    /// Total bytes of answers received so far this session.
    case trafficMeasured(bytes: Int64)
    /// A mouse click, already hit-tested with `DashboardLayout.hitTest`: focus the pane and
    /// select the row. Ignored while an overlay (help, detail, question) is open.
    case select(Pane, row: Int?)
    /// A double-click on a row: selects it and opens its screen, as Enter does.
    case open(Pane, row: Int)
    /// The mouse wheel, by rows: over a list (nil: over no list) that list scrolls; over a
    /// screen that covers the lists (help, a detail, the developer view), that screen.
    case scroll(Pane?, by: Int)
    /// An answer to one of the charge wizard's requests.
    case wizard(WizardEvent)
    /// Payments the journal holds unfinished (at start, and after each reconciliation).
    case attentionLoaded([PaymentRecord])
    /// The day's export was written (its path) or not (why).
    case exported(path: String?, failure: String?)
    /// The client finished an exchange: one more entry in the developer view's request log.
    case exchangeRecorded(LoggedExchange)
    /// A `copyToClipboard` text was sent to the terminal and saved to `file`, or not (why).
    case copiedToClipboard(file: String?, failure: String?)
}

/// Work `reduce` asks for; executed by the app, which sends results back as actions.
public enum Effect: Sendable, Hashable {
    case fetchBalances
    /// The newest ``RefreshPolicy/newestRows`` charges (the whole list when shorter).
    case fetchCharges
    /// The newest ``RefreshPolicy/newestRows`` transfers (the whole list when shorter).
    case fetchTransfers
    /// The whole list, when the person needs it (filter, sort, scrolling to the end).
    case fetchAllCharges
    case fetchAllTransfers
    case fetchSettlements
    case fetchCheckouts
    /// Records the transfer and its `ext_id` in the journal, then sends it once, never retried.
    case sendTransfer(TransferRequest)
    /// Sent once, never retried.
    case createSettlement(SettlementRequest)
    case cancelSettlement(reference: String)
    case initializeCheckout(CheckoutRequest)
    /// Reads one checkout for its detail (its status may have changed).
    case fetchCheckout(reference: String)
    /// Reads and checks a bulk transfer CSV file.
    case loadBulkFile(path: String)
    /// Sends the batches in order, paced, each once.
    case runBulk([BulkBatch])
    /// Writes the last bulk run's per-row results as CSV.
    case saveBulkResults(path: String)
    case ringBell
    case quit
    /// Records the attempt in the journal, then sends the create request, once, never retried.
    case createCharge(PaymentAttempt)
    /// Records the submission in the journal, then sends it, once, never retried.
    case submitOTP(PaymentAttempt, OTPSubmission)
    case pollCharge(PaymentAttempt)
    /// Looks for the charge of an attempt whose answer was lost.
    case reconcile(PaymentAttempt)
    /// A journal write.
    case record(PaymentRecord)
    /// Writes the day's charges taken here to a CSV file.
    case exportDay
    /// Puts text on the clipboard through the terminal (OSC 52), and saves it to
    /// `$XDG_STATE_HOME/senfenico/last-request.sh` for terminals that ignore OSC 52.
    case copyToClipboard(String)
}
