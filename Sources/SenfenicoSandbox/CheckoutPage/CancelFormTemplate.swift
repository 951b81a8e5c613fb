extension CheckoutPageTemplates {
    /// The customer may give up at any step before paying: a form, so that it works without
    /// JavaScript and a link preview can never cancel a checkout.
    static let cancelForm = """
        <form method="post" action="{{cancelAction}}" class="cancel">
        <button type="submit" class="link" id="cancel">{{cancelButton}}</button>
        </form>
        """
}
