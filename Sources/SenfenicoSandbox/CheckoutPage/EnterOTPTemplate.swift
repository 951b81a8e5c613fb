extension CheckoutPageTemplates {
    /// Step 2 for the operators that confirm by OTP: the operator's `display_text` (the USSD
    /// code to dial for Orange Money) and the code field.
    static let enterOTP = """
        {{<layout}}{{$content}}
        {{>instructions}}
        <form method="post" action="{{otpAction}}" novalidate>
        <label for="otp">{{otpLabel}}</label>
        <input id="otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="16" \
        aria-describedby="otp-hint{{#otpError}} otp-error{{/otpError}}"{{#otpError}} aria-invalid="true"{{/otpError}}>
        {{#otpError}}<p class="field-error" id="otp-error">{{otpError}}</p>{{/otpError}}
        <p class="hint" id="otp-hint">{{otpHint}}</p>
        <button type="submit" class="primary" id="confirm">{{confirmButton}}</button>
        </form>
        {{> cancelForm}}
        {{/content}}{{/layout}}
        """
}
