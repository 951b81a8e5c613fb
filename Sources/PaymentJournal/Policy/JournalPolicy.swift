import SenfenicoAPI

/// The journal's rules for charges, in one place, used by the dashboard and the command line
/// alike: which stage an answer or an error puts an entry in, how a lost answer is reconciled,
/// what needs the cashier's attention and what counts for the duplicate warning. Neither the
/// dashboard nor a command decides a stage on its own.
///
/// The stage follows the API's status whenever the API told us one: `failed` after
/// `OTP_EXPIRED`, `INSUFFICIENT_FUNDS` or an operator's refusal; `success` clears the failure
/// code an earlier attempt left.
public enum JournalPolicy {
    /// The request an answer or an error belongs to.
    public enum Request: Sendable, Hashable {
        case create
        case submitOTP
        /// A read of the charge (`GET /charges/:reference`): polling or reconciling.
        case fetch
    }

    /// What an answer or an error does to a charge's entry.
    public struct ChargeChange: Sendable, Hashable {
        public var stage: JournalStage
        /// The charge's status on the API, when the answer told it; nil keeps the last one seen.
        public var serverStatus: String?
        /// The documented error code, when there was one; nil keeps the last one, unless the
        /// charge succeeded (a success clears it).
        public var failureCode: String?
        public var fees: String?

        public init(stage: JournalStage, serverStatus: String? = nil, failureCode: String? = nil, fees: String? = nil) {
            self.stage = stage
            self.serverStatus = serverStatus
            self.failureCode = failureCode
            self.fees = fees
        }
    }

    // MARK: - Stages

    /// The stage a charge in `status` is at.
    public static func stage(for status: ChargeStatus) -> JournalStage {
        switch status {
        case .success: .succeeded
        case .failed, .canceled: .failed
        case .sendOTP: .awaitingOTP
        case .payOffline, .pending, .unknown: .awaitingOffline
        }
    }

    /// An answer that carried the charge's status.
    public static func change(for status: ChargeStatus, fees: String? = nil) -> ChargeChange {
        ChargeChange(stage: stage(for: status), serverStatus: status.rawValue, fees: fees)
    }

    /// An error answering `request`. A request whose answer may have been lost is never taken
    /// for a refusal: the entry is `outcomeUnknown` until reconciled.
    public static func change(after error: SenfenicoError, during request: Request) -> ChargeChange {
        let code = error.errorCode?.rawValue
        switch error {
        case .outcomeUnknown, .decoding, .answerTooLarge:
            // No answer, or one that could not be read: the charge may exist or have moved.
            return ChargeChange(stage: .outcomeUnknown)
        case .transport(let failure):
            guard failure.neverSent else { return ChargeChange(stage: .outcomeUnknown) }
            return ChargeChange(stage: request == .create ? .failed : .awaitingOTP)
        case .validation, .configuration, .redirectRefused, .invalidAPIKey:
            // Refused before anything reached the charge.
            return ChargeChange(stage: request == .create ? .failed : .awaitingOTP)
        case .api(let failure):
            if isNotFound(error) {
                return ChargeChange(stage: .failed, failureCode: code ?? APIErrorCode.chargeNotFound.rawValue)
            }
            switch (request, failure.code) {
            case (.submitOTP, .otpInvalid?):
                // A wrong code: the same charge still waits for the right one.
                return ChargeChange(stage: .awaitingOTP, serverStatus: ChargeStatus.sendOTP.rawValue, failureCode: code)
            case (.submitOTP, .otpExpired?), (.submitOTP, .insufficientFunds?), (.submitOTP, .externalAPIError?),
                (.submitOTP, .invalidAccount?), (.submitOTP, .unauthorizedChargeProvider?):
                // The API ends the charge `failed`: nothing was taken.
                return ChargeChange(stage: .failed, serverStatus: ChargeStatus.failed.rawValue, failureCode: code)
            case (.submitOTP, .rateLimitExceeded?):
                return ChargeChange(stage: .awaitingOTP, failureCode: code)
            case (.submitOTP, _):
                // Not processed as asked (`INVALID_DATA`: not awaiting a code any more, a server
                // error...): where the charge stands must be read again.
                return ChargeChange(stage: .outcomeUnknown, failureCode: code)
            case (.create, _) where failure.httpStatus >= 500:
                return ChargeChange(stage: .outcomeUnknown, failureCode: code)
            case (.create, _):
                // Refused: no charge was made.
                return ChargeChange(stage: .failed, failureCode: code)
            case (.fetch, _):
                return ChargeChange(stage: .outcomeUnknown, failureCode: code)
            }
        }
    }

    /// Writes `change` into `entry`.
    public static func apply(_ change: ChargeChange, to entry: inout JournalEntry) {
        entry.stage = change.stage
        if let status = change.serverStatus { entry.serverStatus = status }
        if change.stage == .succeeded {
            entry.failureCode = nil
        } else if let code = change.failureCode {
            entry.failureCode = code
        }
        if let fees = change.fees { entry.fees = fees }
    }

    // MARK: - Attention and duplicates

    /// An entry whose charge may still move, or whose outcome nobody knows: counted in the
    /// status bar, reconciled at start and every refresh, listed by `journal list --unfinished`.
    public static func needsAttention(_ stage: JournalStage) -> Bool { !stage.isFinished }

    /// Whether an entry's charge may have taken or may still take money: the duplicate warning
    /// counts those (success, pending, awaiting an OTP, pay_offline, outcome unknown), never a
    /// failed one or one the cashier settled.
    public static func mayTakeMoney(_ stage: JournalStage) -> Bool {
        switch stage {
        case .sending, .awaitingOTP, .submittingOTP, .awaitingOffline, .succeeded, .outcomeUnknown: true
        case .failed, .resolvedByCashier: false
        }
    }

    /// The same rule for a charge as the API lists it.
    public static func mayTakeMoney(_ status: ChargeStatus) -> Bool {
        switch status {
        case .success, .pending, .sendOTP, .payOffline, .unknown: true
        case .failed, .canceled: false
        }
    }

    // MARK: - Reconciling

    /// A 404 for a charge's reference, whatever code came with it: the charge does not exist.
    public static func isNotFound(_ error: SenfenicoError) -> Bool {
        guard case .api(let failure) = error else { return false }
        return failure.httpStatus == 404 || (failure.code == .chargeNotFound && failure.httpStatus < 500)
    }

    /// What a reconciliation found, for the entry and the screen.
    public enum Reconciliation: Sendable, Hashable {
        /// The charge itself, read by its reference: the entry follows its status.
        case found(Charge)
        /// The charge does not exist (a 404 for its reference, or no charge at all with its
        /// phone and amount since it started): nothing was taken.
        case nothingTaken
        /// Charges with the same phone and amount, not claimed by another entry, found without
        /// a reference: they may be another till's. Never recorded by themselves; a person
        /// confirms one (newest first).
        case candidates([Charge])
        /// Matching charges exist, but each is already another entry's: this entry's own charge
        /// was not found, and nothing is adopted; a person decides.
        case onlyClaimed
    }

    /// Reading the charge by its reference: nil when the read failed and nothing is known.
    public static func reconcile(byReference result: Result<Charge, SenfenicoError>) -> Reconciliation? {
        switch result {
        case .success(let charge): .found(charge)
        case .failure(let error): isNotFound(error) ? .nothingTaken : nil
        }
    }

    /// How far the server's clock may be behind ours when matching a lost create.
    public static let clockSlack = 120.0

    /// A lost create looked for among the account's charges by phone and amount, from a little
    /// before it started. A charge whose reference another entry holds (`claimed`) is never
    /// adopted.
    public static func reconcile(
        amount: Money, phone: String, startedAt: Timestamp, among charges: [Charge], claimed: Set<String>
    ) -> Reconciliation {
        let since = startedAt.adding(seconds: -clockSlack)
        let matching = charges.filter { charge in
            charge.amount == amount && (charge.createdAt.map { $0 >= since } ?? false)
                && charge.phone.flatMap { PhoneNumber($0)?.digits } == phone
        }
        guard !matching.isEmpty else { return .nothingTaken }
        let free = matching.filter { !claimed.contains($0.reference) }
        guard !free.isEmpty else { return .onlyClaimed }
        return .candidates(
            free.sorted { ($0.createdAt ?? startedAt) > ($1.createdAt ?? startedAt) })
    }

    /// The failure code of a payment whose charge does not exist.
    public static let notFoundCode = "NOT_FOUND"

    /// What an automatic reconciliation writes: the found charge's status, "nothing was
    /// taken", or `outcomeUnknown` for a person to decide (a match by phone and amount only is
    /// never recorded by itself).
    public static func applyReconciliation(_ found: Reconciliation, to entry: inout JournalEntry) {
        switch found {
        case .found(let charge):
            if entry.reference == nil { entry.reference = charge.reference }
            apply(change(for: charge.status, fees: charge.fees.map { $0.description }), to: &entry)
        case .nothingTaken:
            apply(ChargeChange(stage: .failed, failureCode: notFoundCode), to: &entry)
        case .candidates, .onlyClaimed:
            apply(ChargeChange(stage: .outcomeUnknown), to: &entry)
        }
    }
}
