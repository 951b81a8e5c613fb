import Mustache

/// The payment page's Mustache templates, kept as Swift strings: the sandbox ships inside one
/// static binary, with no resource bundle to find at run time. Every `{{value}}` is
/// HTML-escaped by Mustache, so a hostile `success_url` or phone shows as text.
enum CheckoutPageTemplates {
    enum Name: String {
        case chooseOperator, enterOTP, waiting, outcome
    }

    /// Parsed once. The templates are constants checked by the tests, so a parse error is a
    /// programming error, not something to recover from.
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        let sources: [String: String] = [
            "layout": layout, "styles": styles, "cancelForm": cancelForm, "instructions": instructions,
            Name.chooseOperator.rawValue: chooseOperator, Name.enterOTP.rawValue: enterOTP,
            Name.waiting.rawValue: waiting, Name.outcome.rawValue: outcome,
        ]
        for (name, source) in sources {
            do {
                try library.register(source, named: name)
            } catch {
                fatalError("Checkout page template \(name) does not parse: \(error)")
            }
        }
        return library
    }()

    static func render(_ view: CheckoutPageView, as name: Name) -> String {
        library.render(view, withTemplate: name.rawValue) ?? ""
    }
}
