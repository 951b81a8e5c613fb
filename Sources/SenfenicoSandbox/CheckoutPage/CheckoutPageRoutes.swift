import Hummingbird
import Localization
import SenfenicoAPI

/// The hosted payment page of a checkout (its `authorization_url`), as plain HTML forms that
/// work without JavaScript, each POST answered by a redirect (POST-redirect-GET) so that a
/// reload never sends a payment twice:
///
/// - `GET  payment_page/:reference/`: the step the checkout is at: operator and phone, then
///   the OTP (or the wait for a pay_offline confirmation), or how it ended.
/// - `POST payment_page/:reference/pay`: `provider`, `phone`; starts the checkout's charge.
/// - `POST payment_page/:reference/otp`: `otp`; paid → `303` to `success_url`.
/// - `GET  payment_page/:reference/wait`: the pay_offline page reloads here; paid → `303` to
///   `success_url`.
/// - `POST payment_page/:reference/cancel`: → `303` to `cancel_url`.
///
/// A form error (a phone the operator refuses, a wrong OTP) comes back as the same page with
/// the message at its field, HTTP 422. The customer's browser carries no API key: the checkout
/// is found in whichever account holds it.
extension SandboxRoutes {
    /// Seconds between reloads of the pay_offline waiting page.
    static let waitingRefreshSeconds = 2

    func addCheckoutPageRoutes(to group: SandboxRouterGroup) {
        group.get("payment_page/:reference") { request, context -> Response in
            await showCheckoutPage(request, context)
        }

        group.get("payment_page/:reference/wait") { request, context -> Response in
            let found = await lookUpCheckout(request, context)
            if let payment = found.payment, payment.checkout.status == .success,
                let url = payment.checkout.successURL.flatMap(CheckoutRedirect.safeURL)
            {
                return Self.redirect(to: url)
            }
            return await showCheckoutPage(request, context)
        }

        group.post("payment_page/:reference/pay") { request, context -> Response in
            let found = await lookUpCheckout(request, context)
            guard let account = found.account, let payment = found.payment else {
                return await notFoundPage(request, context, language: found.language)
            }
            guard payment.checkout.status == .pending, payment.charge == nil else {
                return Self.redirect(to: CheckoutPagePaths.page(found.reference))
            }
            let form = await formFields(request, context)
            return await startCharge(form, account, payment, request, context, language: found.language)
        }

        group.post("payment_page/:reference/otp") { request, context -> Response in
            let found = await lookUpCheckout(request, context)
            guard let account = found.account, let payment = found.payment else {
                return await notFoundPage(request, context, language: found.language)
            }
            guard payment.checkout.status == .pending, payment.charge?.status == .sendOTP else {
                return Self.redirect(to: CheckoutPagePaths.page(found.reference))
            }
            let form = await formFields(request, context)
            return await submitOTP(form, account, payment, request, context, language: found.language)
        }

        group.post("payment_page/:reference/cancel") { request, context -> Response in
            let found = await lookUpCheckout(request, context)
            guard let account = found.account, let payment = await account.cancelCheckout(found.reference) else {
                return await notFoundPage(request, context, language: found.language)
            }
            // Paid before the cancel arrived (a pay_offline confirmation): it stays paid.
            if payment.checkout.status != .success,
                let url = payment.checkout.cancelURL.flatMap(CheckoutRedirect.safeURL)
            {
                return Self.redirect(to: url)
            }
            return Self.redirect(to: CheckoutPagePaths.page(found.reference))
        }
    }

    // MARK: Steps

    private func startCharge(
        _ form: FormFields, _ account: SimulatedAccount, _ payment: CheckoutPayment, _ request: Request,
        _ context: SandboxRequestContext, language: Language
    ) async -> Response {
        let checkout = payment.checkout
        let providerText = form["provider"] ?? ""
        let phoneText = form["phone"] ?? ""
        let provider = Provider(rawValue: providerText)
        let operatorError = provider.isKnown ? nil : Strings.CheckoutPage.operatorMissing
        let checked = provider.isKnown ? Validator.phone(phoneText, for: provider) : PhoneNumber.parse(phoneText)
        func refused(operatorError: LocalizedText?, phoneError: LocalizedText?) async -> Response {
            let view = CheckoutPageView.chooseOperator(
                language, checkout, provider: providerText, phone: phoneText, operatorError: operatorError,
                phoneError: phoneError)
            return await htmlPage(view, .chooseOperator, status: .unprocessableContent, request, context)
        }
        let phone: PhoneNumber
        switch checked {
        case .failure(let issue): return await refused(operatorError: operatorError, phoneError: issue.message)
        case .success(let number):
            if let operatorError { return await refused(operatorError: operatorError, phoneError: nil) }
            phone = number
        }
        do throws(SandboxFailure) {
            _ = try await account.startCheckoutCharge(
                checkout.reference, phone: phone, provider: provider, ip: context.clientIP)
            return Self.redirect(to: CheckoutPagePaths.page(checkout.reference))
        } catch {
            // Refused at create (INVALID_ACCOUNT, ...): no charge was made, another number may do.
            return await refused(operatorError: nil, phoneError: Self.explanation(of: error))
        }
    }

    private func submitOTP(
        _ form: FormFields, _ account: SimulatedAccount, _ payment: CheckoutPayment, _ request: Request,
        _ context: SandboxRequestContext, language: Language
    ) async -> Response {
        let reference = payment.checkout.reference
        let otp: String
        switch Validator.otp(form["otp"] ?? "") {
        case .failure(let issue):
            // Checked here, like the API's clients do: a typing slip is not a confirmation attempt.
            let view = CheckoutPageView.enterOTP(language, payment, otpError: issue.message)
            return await htmlPage(view, .enterOTP, status: .unprocessableContent, request, context)
        case .success(let code): otp = code
        }
        do throws(SandboxFailure) {
            let paid = try await account.submitCheckoutOTP(reference, otp: otp, ip: context.clientIP)
            if let paid, paid.checkout.status == .success,
                let url = paid.checkout.successURL.flatMap(CheckoutRedirect.safeURL)
            {
                return Self.redirect(to: url)
            }
            return Self.redirect(to: CheckoutPagePaths.page(reference))
        } catch {
            // A wrong OTP leaves the charge waiting for another try; anything else ended it.
            if let now = await account.checkoutPayment(reference), now.checkout.status == .pending,
                now.charge?.status == .sendOTP
            {
                let view = CheckoutPageView.enterOTP(language, now, otpError: Self.explanation(of: error))
                return await htmlPage(view, .enterOTP, status: .unprocessableContent, request, context)
            }
            guard case .payment(let code, _, _) = error else {
                return Self.redirect(to: CheckoutPagePaths.page(reference))
            }
            return Self.redirect(to: CheckoutPagePaths.page(reference) + "?code=" + code.rawValue)
        }
    }

    // MARK: Pages

    /// The page for the step the checkout is at.
    private func showCheckoutPage(_ request: Request, _ context: SandboxRequestContext) async -> Response {
        let found = await lookUpCheckout(request, context)
        let language = found.language
        guard let payment = found.payment else { return await notFoundPage(request, context, language: language) }
        let checkout = payment.checkout
        switch (checkout.status, payment.charge?.status) {
        case (.success, _), (.pending, .success):
            return await htmlPage(.outcome(language, checkout, .paid), .outcome, status: .ok, request, context)
        case (.pending, nil):
            return await htmlPage(.chooseOperator(language, checkout), .chooseOperator, status: .ok, request, context)
        case (.pending, .sendOTP):
            return await htmlPage(.enterOTP(language, payment), .enterOTP, status: .ok, request, context)
        case (.pending, .payOffline):
            let view = CheckoutPageView.waiting(language, payment, refreshSeconds: Self.waitingRefreshSeconds)
            return await htmlPage(view, .waiting, status: .ok, request, context)
        default:
            // `?code=` says why, after the redirect from a refused OTP; only a known code is shown.
            let code = request.uri.queryParameters["code"].map { APIErrorCode(rawValue: String($0)) }
            let view = Self.endedPage(language, payment, code: code.flatMap { $0.isKnown ? $0 : nil })
            return await htmlPage(view, .outcome, status: .ok, request, context)
        }
    }

    /// A checkout that ended without being paid: cancelled (no charge, or the charge was
    /// cancelled), expired (the OTP's lifetime passed), or failed with the operator's reason.
    private static func endedPage(_ language: Language, _ payment: CheckoutPayment, code: APIErrorCode?)
        -> CheckoutPageView
    {
        switch payment.charge?.status {
        case nil, .canceled?: return .outcome(language, payment.checkout, .cancelled)
        default: break
        }
        if code == .otpExpired { return .outcome(language, payment.checkout, .expired) }
        return .outcome(language, payment.checkout, .failed, reason: code?.explanation)
    }

    private func notFoundPage(_ request: Request, _ context: SandboxRequestContext, language: Language) async
        -> Response
    {
        await htmlPage(.outcome(language, nil, .notFound), .outcome, status: .notFound, request, context)
    }

    private func htmlPage(
        _ view: CheckoutPageView, _ template: CheckoutPageTemplates.Name, status: HTTPResponse.Status,
        _ request: Request, _ context: SandboxRequestContext
    ) async -> Response {
        var response = await respond(
            .html(CheckoutPageTemplates.render(view, as: template), status: status), request, context)
        // Every page shows live state: a cached step would offer a form that no longer applies.
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func redirect(to location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    // MARK: Request

    /// The checkout of the request's path, its account, and the language to answer in.
    private func lookUpCheckout(_ request: Request, _ context: SandboxRequestContext) async -> (
        reference: String, account: SimulatedAccount?, payment: CheckoutPayment?, language: Language
    ) {
        let reference = context.parameters.get("reference") ?? ""
        let language = PageLanguage.negotiate(acceptLanguage: request.headers[.acceptLanguage])
        guard let account = await directory.account(holdingCheckout: reference) else {
            return (reference, nil, nil, language)
        }
        return (reference, account, await account.checkoutPayment(reference), language)
    }

    private func formFields(_ request: Request, _ context: SandboxRequestContext) async -> FormFields {
        var request = request
        let buffer = (try? await request.collectBody(upTo: 16 * 1024)) ?? ByteBuffer()
        return FormFields(String(buffer: buffer))
    }

    private static func explanation(of failure: SandboxFailure) -> LocalizedText {
        switch failure {
        case .payment(let code, _, _): code.explanation
        case .validation, .plain: Strings.CheckoutPage.failedText
        }
    }
}
