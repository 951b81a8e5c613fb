extension CheckoutPageTemplates {
    /// Step 2 for the operators that confirm on the phone (`pay_offline`): the `display_text`,
    /// and a page that reloads itself (the layout's `refresh`) until the charge completes.
    static let waiting = """
        {{<layout}}{{$content}}
        <h1>{{heading}}</h1>
        <p class="step">{{step}}</p>
        <p class="paying">{{payingWith}}</p>
        <div class="instructions" role="note">
        <p class="label">{{instructionsLabel}}</p>
        <p class="display-text" id="display-text">{{displayText}}</p>
        </div>
        <p class="waiting" role="status">{{waitingText}}</p>
        <p><a href="{{waitURL}}" id="check-now">{{refreshLink}}</a></p>
        {{> cancelForm}}
        {{/content}}{{/layout}}
        """
}
