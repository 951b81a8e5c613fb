import Foundation

/// An `application/x-www-form-urlencoded` body, as a browser sends a plain HTML form.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            // `+` is a space in form encoding; `%2B` is a real plus.
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let name = decode(parts[0])
            // The first value wins, as a server reading a radio group expects one.
            if values[name] == nil { values[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
    }

    subscript(_ name: String) -> String? { values[name] }
}
