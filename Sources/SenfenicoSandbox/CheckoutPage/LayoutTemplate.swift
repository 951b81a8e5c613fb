extension CheckoutPageTemplates {
    /// Every page's frame: the test-mode banner, what is being paid, then the page's own
    /// `content` block. A `refresh` (the pay_offline wait) reloads the page without JavaScript.
    static let layout = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        {{#refresh}}<meta http-equiv="refresh" content="{{seconds}}; url={{url}}">{{/refresh}}
        <title>{{title}}</title>
        <style>{{> styles}}</style>
        </head>
        <body>
        <p class="banner" role="note">{{banner}}</p>
        <main>
        {{#summary}}
        <header class="summary">
        {{#merchant}}<p class="merchant">{{merchantLabel}} <strong>{{merchant}}</strong></p>{{/merchant}}
        <p class="amount" id="amount">{{amount}}</p>
        <p class="reference">{{referenceLabel}} <code>{{reference}}</code></p>
        </header>
        {{/summary}}
        {{$content}}{{/content}}
        </main>
        </body>
        </html>

        """
}
