import SenfenicoAPI

/// The answers the app sends back for the operation forms and pages.
public enum OperationEvent: Sendable, Equatable {
    case transferSent(TransferSendResult)
    case settlementCreated(Settlement)
    case checkoutInitialized(CheckoutSession)
    /// The form's request failed; `outcomeUnknown` means it may have gone through.
    case failed(SenfenicoError)
    /// The journal could not record the transfer, so it was not sent.
    case journalRefused(String)
    case settlementCancelled(Settlement)
    case cancelFailed(reference: String, SenfenicoError)
    case checkoutFetched(Checkout)
    case checkoutFetchFailed(reference: String, SenfenicoError)
    /// At start: transfers left unfinished by an earlier run and not found in the list.
    case transfersToCheck([TransferRequest])
}
