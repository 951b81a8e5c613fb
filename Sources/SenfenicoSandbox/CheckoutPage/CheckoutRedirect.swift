import Foundation
import SenfenicoAPI

/// Where the page may send the customer. The URLs were checked when the checkout was
/// initialized, but that check keeps the text as sent (`<`, quotes, spaces, accents); here it
/// ends up in a `Location` header and an `href`, so only `http`/`https`, never a control
/// character that could split a header, and in its percent-encoded form.
enum CheckoutRedirect {
    static func safeURL(_ text: String) -> String? {
        guard ControlCharacters.first(in: text) == nil, case .success(let valid) = Validator.webURL(text, field: "url"),
            let url = URL(string: valid)
        else { return nil }
        return url.absoluteString
    }
}
