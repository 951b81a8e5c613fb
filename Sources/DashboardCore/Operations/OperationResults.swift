import Localization
import QRCode
import SenfenicoAPI

/// Applies the answers of operation requests to the state.
enum OperationResults {
    private typealias O = Strings.Operations

    static func apply(_ event: OperationEvent, _ state: inout AppState) -> [Effect] {
        switch event {
        case .transferSent(let result):
            if case .alreadyCreated = result {
                finish(.transferSent(result.transfer, earlier: true), &state)
            } else {
                finish(.transferSent(result.transfer, earlier: false), &state)
            }
        case .settlementCreated(let settlement):
            finish(.settlementCreated(settlement), &state)
        case .checkoutInitialized(let session):
            state.checkoutLinks[session.reference] = session.authorizationURL
            // A URL too long for a QR code (over ~2 900 bytes) is still shown as text.
            state.checkoutCodes[session.reference] = try? QRMatrix.encode(session.authorizationURL)
            finish(.checkoutCreated(session), &state)
        case .failed(let error):
            switch error {
            case .outcomeUnknown: finish(.unknown(error), &state)
            case .transport(let failure) where failure.neverSent:
                finish(.notSent(LocalizedText(en: error.message(in: .english), fr: error.message(in: .french))), &state)
            default: finish(.refused(error), &state)
            }
        case .journalRefused(let reason):
            finish(.notSent(O.journalRefused.filling(["reason": reason])), &state)
        case .settlementCancelled(let settlement):
            state.cancelInFlight = nil
            state.showNotice(O.cancelled.filling(["reference": settlement.reference]), seconds: 10)
            if let index = state.settlements.firstIndex(where: { $0.reference == settlement.reference }) {
                state.settlements[index] = settlement
            }
            return state.startFetches([.settlements, .balances])
        case .cancelFailed(_, let error):
            state.cancelInFlight = nil
            let reason = LocalizedText(en: error.message(in: .english), fr: error.message(in: .french))
            state.showNotice(
                LocalizedText(
                    en: O.cancelRefused.filling(["reason": reason.english]).english,
                    fr: O.cancelRefused.filling(["reason": reason.french]).french), seconds: 15)
            return state.startFetches([.settlements])
        case .checkoutFetched(let checkout):
            if let index = state.checkouts.firstIndex(where: { $0.reference == checkout.reference }) {
                state.checkouts[index] = checkout
            }
            if state.openCheckout == checkout.reference { state.checkoutDetail = checkout }
        case .transfersToCheck(let requests):
            state.transferAttention = requests
        case .checkoutFetchFailed(let reference, let error):
            if state.openCheckout == reference {
                state.showNotice(
                    LocalizedText(en: error.message(in: .english), fr: error.message(in: .french)), seconds: 10)
            }
        }
        return []
    }

    /// Puts the outcome on the form still waiting for it; an answer for a closed form only
    /// refreshes the lists (the journal has the transfer).
    private static func finish(_ outcome: OperationOutcome, _ state: inout AppState) {
        guard var form = state.form, form.step == .sending else { return }
        form.outcome = outcome
        form.step = .done
        state.form = form
    }
}
