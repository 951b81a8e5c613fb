extension CheckoutPageTemplates {
    /// Step 2 for the operators that confirm on the phone (`pay_offline`): the `display_text`,
    /// and a page that reloads itself (the layout's `refresh`) until the charge completes.
    static let waiting = """
        {{<layout}}{{$content}}
        {{>instructions}}
        <p class="waiting" role="status">{{waitingText}}</p>
        <p><a href="{{waitURL}}" id="check-now">{{refreshLink}}</a></p>
        {{> cancelForm}}
        {{/content}}{{/layout}}
        """
}
