import PaymentJournal
import SenfenicoAPI

/// Answers to the wizard's requests, tagged with the attempt they belong to so an answer that
/// arrives after the cashier moved on changes nothing.
public enum WizardEvent: Sendable, Equatable {
    case created(attemptID: String, ChargeAttempt)
    case createFailed(attemptID: String, SenfenicoError)
    /// The journal could not record the charge, so it was not sent.
    case notRecorded(attemptID: String, reason: String)
    case otpAnswered(attemptID: String, Charge)
    case otpFailed(attemptID: String, SenfenicoError)
    case polled(attemptID: String, Charge)
    case pollFailed(attemptID: String, SenfenicoError)
    /// What was found for a payment whose answer was lost (by reference, or by phone and amount
    /// since it started), as `JournalPolicy` judges it.
    case reconciled(attemptID: String, JournalPolicy.Reconciliation)
    case reconcileFailed(attemptID: String, SenfenicoError)
}
