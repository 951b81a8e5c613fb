import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

/// The checkout's hosted payment page driven as a browser without JavaScript would: plain form
/// posts, redirects read rather than followed, and every outcome checked through the public API.
@Suite struct CheckoutPageTests {
    static let successURL = "https://boutique.example/merci"
    static let cancelURL = "https://boutique.example/panier"

    @Test func payWithOTPEndToEnd() async throws {
        try await Sandbox.with { sandbox in
            let reference = try await sandbox.checkout(amount: 18_692)
            let first = try await sandbox.page(reference)
            #expect(first.status == 200)
            #expect(first.headers.first(name: "Content-Type")?.hasPrefix("text/html") == true)
            #expect(first.headers.first(name: "Cache-Control") == "no-store")
            #expect(first.text.contains("<html lang=\"fr\">"))
            #expect(first.text.contains("18 692 F CFA"))
            #expect(first.text.contains("MODE TEST"))
            #expect(first.text.contains("boutique.example"))
            for provider in ["orange_bf", "moov_bf", "coris_bf", "sank_bf"] {
                #expect(first.text.contains("value=\"\(provider)\""))
            }

            let chosen = try await sandbox.post(
                reference, "pay", ["provider": "orange_bf", "phone": "+226 76 00 00 00"])
            #expect(chosen.status == 303)
            #expect(chosen.location == CheckoutPagePaths.page(reference))

            let step2 = try await sandbox.page(reference)
            #expect(step2.text.contains("Composez *144*4*6*18692# pour obtenir un code OTP"))
            #expect(step2.text.contains("name=\"otp\""))
            #expect(step2.text.contains("76 00 00 00"))

            let pending = try await sandbox.call(.GET, "/checkouts/\(reference)").data
            #expect(pending["status"] as? String == "pending")
            #expect(pending["provider"] as? String == "orange_bf")
            #expect(pending["phone"] as? String == "76xxxxxx")
            let chargeReference = try #require(pending["charge_reference"] as? String)
            let open = try await sandbox.call(.GET, "/charges/\(chargeReference)").data
            #expect(open["status"] as? String == "send_otp")
            #expect(open["amount"] as? Int == 18_692)

            let paid = try await sandbox.post(reference, "otp", ["otp": "123456"])
            #expect(paid.status == 303)
            #expect(paid.location == Self.successURL)

            let checkout = try await sandbox.call(.GET, "/checkouts/\(reference)").data
            #expect(checkout["status"] as? String == "success")
            #expect(checkout["charge_reference"] as? String == chargeReference)
            let charge = try await sandbox.call(.GET, "/charges/\(chargeReference)").data
            #expect(charge["status"] as? String == "success")
            #expect((charge["confirmation_attempts"] as? [[String: Any]])?.count == 1)
            let charges = try await sandbox.call(.GET, "/charges").list
            #expect(charges.map { $0["reference"] as? String } == [chargeReference])
            #expect(charges.first?["amount"] as? Int == 18_692)
            let collected = try await sandbox.balances()["collection_balances", "pending"]
            #expect(money(collected) == Pricing.chargeNet(Money(francs: 18_692)))

            // Afterwards the link only says it was paid, and a replayed form charges nothing.
            let after = try await sandbox.page(reference)
            #expect(after.status == 200)
            #expect(after.text.contains("Paiement effectué"))
            #expect(after.text.contains("href=\"\(Self.successURL)\""))
            let replay = try await sandbox.post(reference, "pay", ["provider": "moov_bf", "phone": "70000000"])
            #expect(replay.status == 303)
            #expect(try await sandbox.call(.GET, "/charges").list.count == 1)
        }
    }

    @Test func wrongOTPThenRight() async throws {
        try await Sandbox.with { sandbox in
            let reference = try await sandbox.checkout(amount: 500)
            _ = try await sandbox.post(reference, "pay", ["provider": "moov_bf", "phone": "70000000"])
            let wrong = try await sandbox.post(reference, "otp", ["otp": "000000"])
            #expect(wrong.status == 422)
            #expect(wrong.text.contains("id=\"otp-error\""))
            #expect(wrong.text.contains("aria-invalid=\"true\""))
            #expect(wrong.text.contains("OTP invalide"))
            #expect(wrong.text.contains("Veuillez entrer le code OTP reçu sur votre téléphone"))
            // A typing slip is refused at the field and is not an attempt.
            let slip = try await sandbox.post(reference, "otp", ["otp": "12a"])
            #expect(slip.status == 422)
            #expect(slip.text.contains("id=\"otp-error\""))

            let chargeReference = try await sandbox.chargeReference(of: reference)
            let waiting = try await sandbox.call(.GET, "/charges/\(chargeReference)").data
            #expect(waiting["status"] as? String == "send_otp")
            let attempts = waiting["confirmation_attempts"] as? [[String: Any]]
            #expect(attempts?.map { $0["confirmation_status"] as? String } == ["failed"])

            let right = try await sandbox.post(reference, "otp", ["otp": "123456"])
            #expect(right.status == 303)
            #expect(right.location == Self.successURL)
            let charge = try await sandbox.call(.GET, "/charges/\(chargeReference)").data
            #expect(charge["status"] as? String == "success")
            #expect((charge["confirmation_attempts"] as? [[String: Any]])?.count == 2)
            #expect(try await sandbox.call(.GET, "/checkouts/\(reference)").data["status"] as? String == "success")
        }
    }

    @Test func payOfflineCompletesWithTheSandboxClock() async throws {
        try await Sandbox.with { sandbox in
            let reference = try await sandbox.checkout(amount: 2_500)
            let chosen = try await sandbox.post(reference, "pay", ["provider": "sank_bf", "phone": "72000000"])
            #expect(chosen.status == 303)
            let waiting = try await sandbox.page(reference)
            #expect(waiting.text.contains("Composez *525*2*2500#"))
            #expect(
                waiting.text.contains(
                    "<meta http-equiv=\"refresh\" content=\"2; url=\(CheckoutPagePaths.page(reference))wait\">"))
            #expect(!waiting.text.contains("name=\"otp\""))
            let stillWaiting = try await sandbox.get(CheckoutPagePaths.page(reference) + "wait")
            #expect(stillWaiting.status == 200)
            #expect(stillWaiting.text.contains("En attente de votre confirmation"))

            sandbox.clock.advance(seconds: 6)
            let done = try await sandbox.get(CheckoutPagePaths.page(reference) + "wait")
            #expect(done.status == 303)
            #expect(done.location == Self.successURL)
            let chargeReference = try await sandbox.chargeReference(of: reference)
            #expect(try await sandbox.call(.GET, "/charges/\(chargeReference)").data["status"] as? String == "success")
            #expect(try await sandbox.call(.GET, "/checkouts/\(reference)").data["status"] as? String == "success")
        }
    }

    /// The checkout follows its charge even when nobody watches the page.
    @Test func payOfflineFailureEndsTheCheckout() async throws {
        try await Sandbox.with { sandbox in
            let reference = try await sandbox.checkout(amount: 2_500)
            _ = try await sandbox.post(reference, "pay", ["provider": "sank_bf", "phone": "72000001"])
            sandbox.clock.advance(seconds: 6)
            #expect(try await sandbox.call(.GET, "/checkouts/\(reference)").data["status"] as? String == "failed")
            let page = try await sandbox.page(reference)
            #expect(page.text.contains("Paiement échoué"))
            #expect(page.text.contains("href=\"\(Self.cancelURL)\""))
        }
    }

    @Test func cancelBeforeAndDuringPayment() async throws {
        try await Sandbox.with { sandbox in
            let untouched = try await sandbox.checkout(amount: 1_000)
            let cancelled = try await sandbox.post(untouched, "cancel", [:])
            #expect(cancelled.status == 303)
            #expect(cancelled.location == Self.cancelURL)
            let checkout = try await sandbox.call(.GET, "/checkouts/\(untouched)").data
            #expect(checkout["status"] as? String == "failed")
            #expect(checkout["charge_reference"] is NSNull)
            #expect(try await sandbox.page(untouched).text.contains("Paiement annulé"))

            let started = try await sandbox.checkout(amount: 1_000)
            _ = try await sandbox.post(started, "pay", ["provider": "coris_bf", "phone": "68000000"])
            let chargeReference = try await sandbox.chargeReference(of: started)
            let gaveUp = try await sandbox.post(started, "cancel", [:])
            #expect(gaveUp.location == Self.cancelURL)
            let charge = try await sandbox.call(.GET, "/charges/\(chargeReference)").data
            #expect(charge["status"] as? String == "canceled")
            #expect(charge["cancelled_at"] is String)
            #expect(charge["cancellation_reason"] as? String == SimulatedAccount.customerCancellationReason)
            #expect(try await sandbox.call(.GET, "/checkouts/\(started)").data["status"] as? String == "failed")
            // An OTP sent after the cancel is not an attempt on the cancelled charge.
            let late = try await sandbox.post(started, "otp", ["otp": "123456"])
            #expect(late.status == 303)
            #expect(late.location == CheckoutPagePaths.page(started))
            let after = try await sandbox.call(.GET, "/charges/\(chargeReference)").data
            #expect((after["confirmation_attempts"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test func errorsShowAtTheirField() async throws {
        try await Sandbox.with { sandbox in
            let reference = try await sandbox.checkout(amount: 1_000)
            let wrongNetwork = try await sandbox.post(reference, "pay", ["provider": "orange_bf", "phone": "70000000"])
            #expect(wrongNetwork.status == 422)
            #expect(wrongNetwork.text.contains("id=\"phone-error\""))
            #expect(wrongNetwork.text.contains("Orange"))
            #expect(wrongNetwork.text.contains("value=\"70000000\""))
            #expect(wrongNetwork.text.contains("value=\"orange_bf\" id=\"provider-orange_bf\" checked"))

            let noOperator = try await sandbox.post(reference, "pay", ["phone": "76000000"])
            #expect(noOperator.status == 422)
            #expect(noOperator.text.contains("Choisissez un opérateur."))

            // Refused at create: no charge is made and the customer can try another number.
            let refused = try await sandbox.post(reference, "pay", ["provider": "orange_bf", "phone": "76000002"])
            #expect(refused.status == 422)
            #expect(refused.text.contains("id=\"phone-error\""))
            #expect(try await sandbox.call(.GET, "/charges").list.isEmpty)
            #expect(try await sandbox.call(.GET, "/checkouts/\(reference)").data["status"] as? String == "pending")
            let retried = try await sandbox.post(reference, "pay", ["provider": "orange_bf", "phone": "76000000"])
            #expect(retried.status == 303)
            #expect(try await sandbox.call(.GET, "/charges").list.count == 1)
        }
    }

    @Test func failedAndExpiredPayments() async throws {
        try await Sandbox.with { sandbox in
            let poor = try await sandbox.checkout(amount: 1_000)
            _ = try await sandbox.post(poor, "pay", ["provider": "orange_bf", "phone": "76000001"])
            let declined = try await sandbox.post(poor, "otp", ["otp": "123456"])
            #expect(declined.status == 303)
            #expect(declined.location == CheckoutPagePaths.page(poor) + "?code=INSUFFICIENT_FUNDS")
            let failedPage = try await sandbox.get(try #require(declined.location))
            #expect(failedPage.text.contains("Paiement échoué"))
            #expect(failedPage.text.contains("Motif : "))
            #expect(try await sandbox.call(.GET, "/checkouts/\(poor)").data["status"] as? String == "failed")

            let slow = try await sandbox.checkout(amount: 1_000)
            _ = try await sandbox.post(slow, "pay", ["provider": "moov_bf", "phone": "70000000"])
            sandbox.clock.advance(seconds: 301)
            let expired = try await sandbox.post(slow, "otp", ["otp": "123456"])
            #expect(expired.location == CheckoutPagePaths.page(slow) + "?code=OTP_EXPIRED")
            #expect(try await sandbox.get(try #require(expired.location)).text.contains("Paiement expiré"))
            let chargeReference = try await sandbox.chargeReference(of: slow)
            #expect(try await sandbox.call(.GET, "/charges/\(chargeReference)").data["status"] as? String == "failed")
            #expect(try await sandbox.call(.GET, "/checkouts/\(slow)").data["status"] as? String == "failed")
        }
    }

    @Test func hostileTextIsEscaped() async throws {
        try await Sandbox.with { sandbox in
            let hostile = "https://boutique.example/merci?x=\"><script>alert(1)</script>&y='"
            let reference = try await sandbox.checkout(amount: 1_000, successURL: hostile, cancelURL: hostile)
            let typed = "\"><script>alert(2)</script>"
            let page = try await sandbox.post(reference, "pay", ["provider": "coris_bf", "phone": typed])
            #expect(page.status == 422)
            #expect(!page.text.contains("<script>"))
            #expect(page.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""))

            _ = try await sandbox.post(reference, "pay", ["provider": "coris_bf", "phone": "68000000"])
            let paid = try await sandbox.post(reference, "otp", ["otp": "123456"])
            #expect(paid.status == 303)
            let location = try #require(paid.location)
            #expect(!location.contains("<") && !location.contains("\""))
            #expect(URL(string: location)?.host == "boutique.example")
            let after = try await sandbox.page(reference)
            #expect(!after.text.contains("<script>"))
            #expect(after.text.contains("href=\"https://boutique.example/merci?x=%22%3E%3Cscript%3Ealert(1)"))
        }
    }

    @Test func unknownCheckoutAndEnglish() async throws {
        try await Sandbox.with { sandbox in
            let missing = try await sandbox.get(CheckoutPagePaths.page("chk_nope"))
            #expect(missing.status == 404)
            #expect(missing.text.contains("Paiement introuvable"))
            let post = try await sandbox.post("chk_nope", "pay", ["provider": "orange_bf", "phone": "76000000"])
            #expect(post.status == 404)

            let reference = try await sandbox.checkout(amount: 18_692)
            let english = try await sandbox.get(
                CheckoutPagePaths.page(reference), headers: [("Accept-Language", "en-US,en;q=0.9,fr;q=0.8")])
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("TEST MODE"))
            #expect(english.text.contains("Pay 18 692 F CFA"))
            let french = try await sandbox.get(
                CheckoutPagePaths.page(reference), headers: [("Accept-Language", "fr-BF,fr;q=0.9,en;q=0.5")])
            #expect(french.text.contains("Payer 18 692 F CFA"))
        }
    }

    @Test func languageNegotiation() {
        #expect(PageLanguage.negotiate(acceptLanguage: nil) == .french)
        #expect(PageLanguage.negotiate(acceptLanguage: "de-DE") == .french)
        #expect(PageLanguage.negotiate(acceptLanguage: "en") == .english)
        #expect(PageLanguage.negotiate(acceptLanguage: "fr;q=0.5, en;q=0.8") == .english)
        #expect(PageLanguage.negotiate(acceptLanguage: "en;q=0, fr") == .french)
    }

    @Test func formDecoding() {
        let form = FormFields("phone=%2B226+76+00+00+00&provider=orange_bf&provider=moov_bf&empty=")
        #expect(form["phone"] == "+226 76 00 00 00")
        #expect(form["provider"] == "orange_bf")
        #expect(form["empty"] == "")
        #expect(form["missing"] == nil)
    }
}

/// A client that reports redirects instead of following them, so that each `303` and its
/// `Location` can be checked. Never shut down: it lives as long as the test process.
let pageClient: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.redirectConfiguration = .disallow
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
}()

extension Answer {
    var location: String? { headers.first(name: "Location") }
}

extension Sandbox {
    /// Initializes a checkout and returns its reference.
    func checkout(
        amount: Int, successURL: String = CheckoutPageTests.successURL, cancelURL: String = CheckoutPageTests.cancelURL
    ) async throws -> String {
        let answer = try await call(
            .POST, "/checkouts/initialize/",
            json: ["amount": amount, "success_url": successURL, "cancel_url": cancelURL])
        #expect(answer.status == 201, "\(answer.text)")
        return try #require(answer.data["reference"] as? String)
    }

    func chargeReference(of checkout: String) async throws -> String {
        try #require(try await call(.GET, "/checkouts/\(checkout)").data["charge_reference"] as? String)
    }

    /// The checkout's page, as the `authorization_url` opens it.
    func page(_ reference: String) async throws -> Answer {
        try await get(CheckoutPagePaths.page(reference))
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> Answer {
        var request = HTTPClientRequest(url: server.baseURL + path)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        return try await send(request)
    }

    /// Sends one of the page's forms (`pay`, `otp`, `cancel`) as a browser does.
    func post(_ reference: String, _ action: String, _ fields: [String: String]) async throws -> Answer {
        var request = HTTPClientRequest(url: server.baseURL + CheckoutPagePaths.page(reference) + action)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.sorted { $0.key < $1.key }.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }
        request.body = .bytes(ByteBuffer(string: body.joined(separator: "&")))
        return try await send(request)
    }

    private func send(_ request: HTTPClientRequest) async throws -> Answer {
        let response = try await pageClient.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1024 * 1024)
        return Answer(status: Int(response.status.code), headers: response.headers, body: body)
    }
}
