import BulkTransfers
import Foundation
import Localization
import QRCode
import SenfenicoAPI

/// The row whose detail is open.
public enum DetailTarget: Sendable, Hashable {
    case charge(reference: String)
    case transfer(reference: String)
    case settlement(reference: String)
}

/// Everything the dashboard shows; `render` reads it, only `reduce` changes it.
public struct AppState: Sendable, Equatable {
    public var mode: DashboardMode
    /// The last clock tick; views measure ages against it so rendering stays pure.
    public var now: Timestamp
    public var balances: Balances?
    public var history: [BalanceSeries: BoundedHistory] = [:]
    public var historyCapacity: Int
    /// The latest successful fetch of anything.
    public var lastRefresh: Timestamp?
    /// The last failure; data is kept and marked stale until every failed fetch succeeds again.
    public var lastError: SenfenicoError?
    /// Fetches whose last attempt failed.
    public var failedFetches: Set<FetchKind> = []
    public var refreshPolicy: RefreshPolicy
    /// Lists whose last answer carried no ETag: their routine reads slow down
    /// (`RefreshPolicy.untaggedListsFactor`).
    public var untaggedLists: Set<FetchKind> = []
    public var schedules: [FetchKind: FetchSchedule] = [:]
    var jitterSource: JitterSource
    /// The terminal's size, from the back end; it decides which lists are shown and so fetched.
    public var screenSize: Size?
    /// The embedded sandbox's address, told in the help for developers who want to call it.
    public var sandboxAddress: String?
    /// A message for the person at the screen (a refused theme), shown in place of the key hint
    /// until `noticeUntil`.
    public var notice: LocalizedText?
    public var noticeUntil: Timestamp?
    /// Bytes of answers received this session, for the status bar.
    public var bytesReceived: Int64 = 0
    public var focus: Pane = .balances
    /// The clock times are shown on: the machine's, set by the app (UTC until then, and in tests).
    public var timeZone = TimeZone(secondsFromGMT: 0)!
    /// The screens over the page, bottom to top (`Overlay`); the top one takes the keys.
    public var overlays: [Overlay] = []
    public var chargeList = ListPane<Charge>()
    public var transferList = ListPane<Transfer>()
    /// Reference → time until which its status change is highlighted.
    public var changeMarks: [String: Timestamp] = [:]
    public var markDuration: Double
    public var thresholds: [BalanceSeries: Money]
    /// Series currently under their threshold.
    public var alerts: Set<BalanceSeries> = []
    /// Rows a page key moves; the back end may set it from the visible height.
    public var pageSize = 10

    public init(
        mode: DashboardMode, now: Timestamp, refreshPolicy: RefreshPolicy = RefreshPolicy(), jitterSeed: UInt64 = 0,
        markDuration: Double = 10, thresholds: [BalanceSeries: Money] = [:], historyCapacity: Int = 120
    ) {
        self.mode = mode
        self.now = now
        self.refreshPolicy = refreshPolicy
        self.jitterSource = JitterSource(seed: jitterSeed)
        self.idSource = JitterSource(seed: jitterSeed ^ 0x5DEE_CE66_D1CE_4E5B)
        self.markDuration = markDuration
        self.thresholds = thresholds
        self.historyCapacity = historyCapacity
    }

    /// Counter mode: opens on the wizard, hides transfers, comes back to the wizard.
    public var isCashierMode = false
    /// Payments started in this session, for the "same phone, same amount" warning.
    public var recentPayments: [PaymentRecord] = []
    /// This session's payments that left the journal's unfinished list after Esc left them:
    /// finished by another dashboard or a reconciliation (`noteAttention`).
    var finishedElsewhere: Set<String> = []
    /// Payments the journal holds unfinished, from earlier runs or abandoned steps.
    public var attention: [PaymentRecord] = []
    /// Makes the journal ids of new payments; seeded by the app, replayable in tests.
    var idSource: JitterSource
    /// Every request the client made this session, newest first (the developer view's log).
    public var requestLog = RequestLog()

    // Operation pages and forms (Operations/).
    public var page: Page = .overview
    public var settlementList = ListPane<Settlement>()
    public var checkoutList = ListPane<Checkout>()
    /// Transfers the journal holds unfinished whose ext_id is not in the transfers list: sent
    /// again only when the user asks, with the same ext_id.
    public var transferAttention: [TransferRequest] = []
    /// The file the bulk screen used last.
    public var lastBulkPath: String?
    /// The settlement whose cancel is out: a second `x` cannot send a second one.
    public var cancelInFlight: String?
    /// Payment links made in this session, by checkout reference: the list does not carry them.
    public var checkoutLinks: [String: String] = [:]
    /// Their QR codes, made once when the link arrives.
    public var checkoutCodes: [String: QRMatrix] = [:]
    /// The URLs of the last checkout made, offered again in the next form.
    public var lastCheckoutURLs: CheckoutURLs?

    public var isStale: Bool { lastError != nil }

    public mutating func showNotice(_ text: LocalizedText, seconds: Double) {
        notice = LocalizedText(en: TextSanitizer.clean(text.english), fr: TextSanitizer.clean(text.french))
        noticeUntil = now.adding(seconds: seconds)
    }

    public var visibleNotice: LocalizedText? {
        guard let notice, let until = noticeUntil, now < until else { return nil }
        return notice
    }
    public var isRefreshing: Bool { schedules.values.contains { $0.inFlight } }
    public func isInFlight(_ kind: FetchKind) -> Bool { schedules[kind]?.inFlight ?? false }

    /// The soonest scheduled fetch among those shown, for the status bar.
    public var nextRefresh: Timestamp? {
        FetchKind.allCases.filter(isShown).compactMap { schedules[$0]?.nextDue }.min()
    }

    public func isMarked(_ reference: String) -> Bool {
        (changeMarks[reference].map { $0 > now }) ?? false
    }
}
