extension CheckoutPageTemplates {
    /// A checkout that can no longer be paid (paid, cancelled, failed, expired) or does not
    /// exist: what happened, and the way back to the merchant when there is one.
    static let outcome = """
        {{<layout}}{{$content}}
        <h1 class="{{tone}}" id="outcome">{{heading}}</h1>
        <p>{{message}}</p>
        {{#reason}}<p class="reason">{{reason}}</p>{{/reason}}
        {{#returnURL}}<p><a class="button" href="{{returnURL}}" id="return">{{returnLink}}</a></p>{{/returnURL}}
        {{/content}}{{/layout}}
        """
}
