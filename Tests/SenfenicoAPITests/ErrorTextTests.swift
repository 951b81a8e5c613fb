import Localization
import Testing

@testable import SenfenicoAPI

@Suite struct ErrorTextTests {
    @Test func allSixteenDocumentedCodesAreKnown() {
        let documented = [
            "BATCH_SIZE_LIMIT_EXCEEDED", "RATE_LIMIT_EXCEEDED", "UNSUPPORTED_PROVIDER", "OTP_INVALID", "OTP_EXPIRED",
            "OTP_STILL_VALID", "INSUFFICIENT_FUNDS", "INVALID_ACCOUNT", "NETWORK_ERROR", "CHARGE_NOT_FOUND",
            "INTERNAL_ERROR", "UNKNOWN_ERROR", "TRANSACTION_NOT_FOUND", "UNAUTHORIZED_CHARGE_PROVIDER",
            "EXTERNAL_API_ERROR", "INVALID_DATA",
        ]
        #expect(APIErrorCode.knownCases.count == 16)
        for raw in documented {
            let code = APIErrorCode(rawValue: raw)
            #expect(code.isKnown, "\(raw)")
            #expect(code.rawValue == raw)
            #expect(!code.explanation.english.isEmpty && !code.explanation.french.isEmpty)
        }
        #expect(APIErrorCode(rawValue: "NEW_CODE") == .unknown("NEW_CODE"))
        #expect(APIErrorCode(rawValue: "NEW_CODE").explanation.french.contains("NEW_CODE"))
    }

    @Test func descriptionsAreTheReferences() {
        #expect(APIErrorCode.otpExpired.explanation.french == "Le code OTP a expiré. Veuillez en demander un nouveau.")
        #expect(
            APIErrorCode.insufficientFunds.explanation.english.hasPrefix("Account holder does not have enough funds"))
    }

    @Test func apiFailureShowsTheDocumentedTextAndFieldErrors() {
        let failure = SenfenicoError.api(
            APIFailure(httpStatus: 400, message: "whatever", code: .otpInvalid, fieldErrors: ["otp": ["Too short."]]))
        #expect(failure.message(in: .french).hasPrefix("OTP invalide"))
        #expect(failure.message(in: .english).contains("[OTP_INVALID]"))
        #expect(failure.message(in: .english).contains("otp: Too short."))
        #expect(failure.errorCode == .otpInvalid)
    }

    @Test func theKeyIsMaskedEverywhere() {
        let key = APIKey("sk_test_0123456789abcdefa1b2")!
        #expect(key.masked == "sk_test_…a1b2")
        #expect("\(key)" == "sk_test_…a1b2")
        #expect(String(reflecting: key) == "APIKey(sk_test_…a1b2)")
        #expect(!String(describing: ClientConfiguration(apiKey: key)).contains("0123456789"))
        #expect(APIKey("sk_live_short")!.masked == "sk_live_…")
        #expect(APIKey("bad")!.masked == "…")
        #expect(APIKey("sk_live_" + "0123456789abcdefzz99")!.mode == .live)
        #expect(APIKey("   ") == nil)
        let redactor = Redactor(key: key)
        #expect(redactor.scrub("echo sk_test_0123456789abcdefa1b2 back") == "echo sk_test_…a1b2 back")
        let decoding = DecodingFailure(
            httpStatus: 500, reason: "bad", body: Array("key=sk_test_0123456789abcdefa1b2".utf8), redactor: redactor)
        #expect(!decoding.bodySample.contains("0123456789abcdef"))
    }

    @Test func bodySamplesAreCappedAtFiveHundredBytesOnACharacterBoundary() {
        let body = Array(String(repeating: "é", count: 400).utf8)
        let sample = DecodingFailure.sample(body)
        #expect(sample.utf8.count <= 500)
        #expect(sample.allSatisfy { $0 == "é" })
    }

    @Test func plainHTTPOnlyToLoopback() throws {
        let key = APIKey("sk_test_abcdefgh")!
        #expect(throws: SenfenicoError.configuration(.insecureBaseURL("http://api.senfenico.com"))) {
            try ClientConfiguration(apiKey: key, baseURL: "http://api.senfenico.com").validatedBaseURL()
        }
        for url in [
            "http://127.0.0.1:8089", "http://localhost:8089/", "http://[::1]:8089", "https://api.senfenico.com",
        ] {
            #expect(throws: Never.self) { try ClientConfiguration(apiKey: key, baseURL: url).validatedBaseURL() }
        }
        #expect(throws: SenfenicoError.self) {
            try ClientConfiguration(apiKey: key, baseURL: "ftp://x").validatedBaseURL()
        }
    }

    @Test func retryDelaysGrowAreJitteredCappedAndHonourRetryAfter() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maximumDelay: .seconds(3), random: { 1 - 1e-9 })
        #expect(policy.delay(beforeRetry: 1, retryAfter: nil) <= .seconds(1))
        #expect(policy.delay(beforeRetry: 2, retryAfter: nil) > .milliseconds(1_999))
        #expect(policy.delay(beforeRetry: 5, retryAfter: nil) <= .seconds(3))
        #expect(policy.delay(beforeRetry: 1, retryAfter: .seconds(7)) == .seconds(7))
        let low = RetryPolicy(baseDelay: .seconds(1), random: { 0 })
        #expect(low.delay(beforeRetry: 1, retryAfter: nil) == .milliseconds(500))
        #expect(RetryPolicy.parseRetryAfter("2") == .seconds(2))
        #expect(RetryPolicy.parseRetryAfter(nil) == nil)
        let now = Timestamp(iso8601: "1994-11-06T08:49:30Z")!
        #expect(RetryPolicy.parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now: { now }) == .seconds(7))
    }

    @Test func onlyReadsAreRetried() {
        let writes: [Operation] = [
            .chargeCreate, .chargeSubmitOTP, .transferCreate, .transferBulk, .settlementCreate, .settlementCancel,
            .checkoutInitialize,
        ]
        for operation in Operation.allCases {
            #expect(operation.isSafeToRetry == !writes.contains(operation), "\(operation)")
        }
        #expect(Operation.transferBulk.method == .post)
        #expect(Operation.settlementCancel.method == .get)
        #expect(Operation.settlementCancel.path(reference: "abc") == "/v1/payment/settlements/abc/cancel/")
    }
}
