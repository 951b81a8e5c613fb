import Foundation
import Localization

/// The page speaks French unless the browser asks for English before French: the customers
/// are in Burkina Faso, and a browser sending no preference gets French.
enum PageLanguage {
    static func negotiate(acceptLanguage: String?) -> Language {
        guard let acceptLanguage else { return .french }
        // Entries in the order given, weights honoured: `en-US,en;q=0.9,fr;q=0.8` is English.
        let ranked = acceptLanguage.split(separator: ",").enumerated().compactMap {
            offset, entry -> (tag: String, weight: Double, offset: Int)? in
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { return nil }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (tag, weight, offset)
        }
        .filter { $0.weight > 0 }
        .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.offset < $1.offset }
        for entry in ranked {
            if entry.tag.hasPrefix("fr") { return .french }
            if entry.tag.hasPrefix("en") { return .english }
        }
        return .french
    }
}
