extension CheckoutPageTemplates {
    /// The head of step 2, the same whether the customer types an OTP or confirms on the phone:
    /// the step, the operator and number being paid with, and the operator's `display_text`.
    static let instructions = """
        <h1>{{heading}}</h1>
        <p class="step">{{step}}</p>
        <p class="paying">{{payingWith}}</p>
        <div class="instructions" role="note">
        <p class="label">{{instructionsLabel}}</p>
        <p class="display-text" id="display-text">{{displayText}}</p>
        </div>
        """
}
