import DashboardCore
import SenfenicoAPI

/// A session's worth of requests for the developer view: reads, a refused charge, a lost
/// answer, a list too long for its sample.
enum ExplorerFixtures {
    static let baseURL = "http://127.0.0.1:8123"

    static let balancesBody =
        #"{"status":true,"message":"Balances retrieved","data":{"collection":{"available":"18692.00","pending":"2500.00"},"#
        + #""transfer":{"total_available":"300000.00","orange":{"available":"100000.00"},"moov":{"available":"100000.00"}}}}"#

    static let chargeRequest =
        #"{"amount":"1000","currency":"XOF","phone":"76112233","provider":"orange_bf","note":"l'été"}"#
    static let chargeRefusal =
        #"{"status":false,"message":"Invalid data","error_code":"INVALID_DATA","errors":{"phone":["Enter a valid phone number."]}}"#

    /// The first 4 KB of a long charges list: cut in the middle of a row.
    static let chargesSample: String = {
        let row = #"{"reference":"ch_0001","amount":"5000.00","status":"success","provider":"orange_bf"}"#
        let text =
            #"{"status":true,"message":"Charges retrieved","data":["#
            + Array(repeating: row, count: 60).joined(separator: ",")
        return String(text.utf8.prefix(ClientConfiguration.defaultExchangeBodyLimit))!
    }()

    static let exchanges: [LoggedExchange] = [
        LoggedExchange(
            sequence: 1, finishedAt: Fixtures.time("12:52:31"),
            exchange: Exchange(
                operation: .balances, path: "/v1/payment/balances", status: 200, latency: .milliseconds(12),
                responseSample: balancesBody)),
        LoggedExchange(
            sequence: 2, finishedAt: Fixtures.time("12:52:32"),
            exchange: Exchange(
                operation: .chargeList, path: "/v1/payment/charges", status: 200, latency: .milliseconds(184),
                responseSample: chargesSample, responseBytes: 14_230)),
        LoggedExchange(
            sequence: 3, finishedAt: Fixtures.time("12:52:40"),
            exchange: Exchange(
                operation: .chargeCreate, path: "/v1/payment/charges/", status: 400, latency: .milliseconds(95),
                requestBody: chargeRequest, responseSample: chargeRefusal,
                failure: "Invalid data (INVALID_DATA): phone: Enter a valid phone number.")),
        LoggedExchange(
            sequence: 4, finishedAt: Fixtures.time("12:52:58"),
            exchange: Exchange(
                operation: .transferList, path: "/v1/payment/transfers/", status: nil, latency: .milliseconds(10_004),
                attempt: 3, failure: "timed out after 10 s (attempt 3)")),
        LoggedExchange(
            sequence: 5, finishedAt: Fixtures.time("12:53:01"),
            exchange: Exchange(
                operation: .balances, path: "/v1/payment/balances", status: 503, latency: .milliseconds(7),
                responseSample: "<html>Service Unavailable</html>")),
    ]

    /// The dashboard after these requests, the developer view open.
    static func state(selecting sequence: Int? = nil, detail: Bool = false) -> AppState {
        var state = Fixtures.loadedState()
        state.requestLog.baseURL = baseURL
        for entry in exchanges { _ = reduce(&state, .exchangeRecorded(entry)) }
        var explorer = ExplorerState()
        explorer.selectedSequence = sequence
        explorer.isDetailOpen = detail
        state.explorer = explorer
        return state
    }
}
