import SenfenicoAPI

/// The journal writes every caller makes the same way (the dashboard's effects and the
/// command line): an entry begun before its request leaves, then the answer or the error
/// written as `JournalPolicy` says.
extension PaymentJournal {
    /// The create answer: its reference, the operator's text, and the stage of its status.
    @discardableResult
    public func recordCreated(_ id: String, _ answer: ChargeAttempt, at time: Timestamp = .now()) throws
        -> JournalEntry
    {
        try update(id, at: time) { entry in
            entry.reference = answer.reference
            if let text = answer.displayText { entry.displayText = text }
            JournalPolicy.apply(JournalPolicy.change(for: answer.status), to: &entry)
        }
    }

    /// A charge as an answer gave it (OTP submitted, polled, reconciled).
    @discardableResult
    public func recordCharge(_ id: String, _ charge: Charge, at time: Timestamp = .now()) throws -> JournalEntry {
        try update(id, at: time) { entry in
            if entry.reference == nil { entry.reference = charge.reference }
            JournalPolicy.apply(
                JournalPolicy.change(for: charge.status, fees: charge.fees.map { $0.description }), to: &entry)
        }
    }

    /// An error answering `request` for the entry `id`.
    @discardableResult
    public func recordError(
        _ id: String, _ error: SenfenicoError, during request: JournalPolicy.Request, at time: Timestamp = .now()
    ) throws -> JournalEntry {
        try update(id, at: time) { entry in
            JournalPolicy.apply(JournalPolicy.change(after: error, during: request), to: &entry)
        }
    }

    /// Written before an OTP submission leaves, like `begin` before a create.
    @discardableResult
    public func recordSubmitting(_ id: String, attempts: Int? = nil, at time: Timestamp = .now()) throws
        -> JournalEntry
    {
        try update(id, at: time) { entry in
            entry.stage = .submittingOTP
            // The caller's count (the wizard's), else one more than the journal's.
            entry.otpAttempts = attempts.map { max(entry.otpAttempts, $0) } ?? entry.otpAttempts + 1
        }
    }

    /// A transfer's answer, or the error that ended its request.
    @discardableResult
    public func recordTransfer(
        _ result: Result<TransferSendResult, SenfenicoError>, extID: String, at time: Timestamp = .now()
    ) throws -> TransferJournalEntry {
        switch result {
        case .success(let sent):
            return try updateTransfer(
                extID: extID, stage: .sent, reference: sent.transfer.reference,
                serverStatus: sent.transfer.status.rawValue, at: time)
        case .failure(let error):
            return try updateTransfer(
                extID: extID, stage: JournalPolicy.transferStage(after: error), failure: error.message(in: .english),
                at: time)
        }
    }
}

extension JournalPolicy {
    /// A transfer whose request may have reached Senfenico is `outcomeUnknown` (sent again
    /// later with the same `ext_id`); one refused or never sent is `refused`.
    public static func transferStage(after error: SenfenicoError) -> TransferJournalStage {
        switch error {
        case .outcomeUnknown, .decoding: .outcomeUnknown
        case .transport(let failure) where !failure.neverSent: .outcomeUnknown
        default: .refused
        }
    }
}
