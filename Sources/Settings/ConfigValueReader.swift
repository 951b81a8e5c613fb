import Foundation
import Localization
import SenfenicoAPI
import TOMLKit

/// Reads one value of the config file as the type its key needs, or says what was wrong
/// with the file, the key and the line.
struct ConfigValueReader {
    let path: String
    let key: String
    let line: Int?

    private typealias Expected = Strings.Settings.Expected

    func text(_ value: any TOMLValueConvertible) throws(SettingsError) -> String {
        guard let text = value.string else { throw invalid(value, Expected.text) }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw invalid(value, Expected.notEmpty) }
        return text
    }

    func seconds(_ value: any TOMLValueConvertible, in range: ClosedRange<Double>) throws(SettingsError) -> Double {
        let seconds: Double? =
            switch value.type {
            case .int: value.int.map(Double.init)
            case .double: value.double
            default: nil
            }
        guard let seconds, range.contains(seconds) else { throw invalid(value, ConfigKeys.secondsExpected(range)) }
        return seconds
    }

    func bool(_ value: any TOMLValueConvertible) throws(SettingsError) -> Bool {
        guard let bool = value.bool else { throw invalid(value, Expected.boolean) }
        return bool
    }

    func language(_ value: any TOMLValueConvertible) throws(SettingsError) -> Language {
        guard let language = value.string.flatMap({ Language(rawValue: $0.lowercased()) }) else {
            throw invalid(value, Expected.language)
        }
        return language
    }

    func amount(_ value: any TOMLValueConvertible) throws(SettingsError) -> Money {
        let money: Money? =
            switch value.type {
            case .int: value.int.flatMap(WholeFrancs.money)
            case .string: value.string.flatMap(WholeFrancs.money)
            default: nil
            }
        guard let money else { throw invalid(value, Expected.amount) }
        return money
    }

    func invalid(_ value: any TOMLValueConvertible, _ expected: LocalizedText) -> SettingsError {
        .invalidValue(file: path, key: key, line: line, expected: expected, found: Self.describe(value))
    }

    /// The value as written, or its kind when it is too big to quote.
    static func describe(_ value: any TOMLValueConvertible) -> LocalizedText {
        let written: String
        switch value.type {
        case .table: return Strings.Settings.Found.table
        case .array: return Strings.Settings.Found.list
        case .date, .time, .dateTime: return Strings.Settings.Found.dateOrTime
        case .string: written = "\"\(printable(value.string ?? "", limit: 40))\""
        case .int: written = value.int.map(String.init) ?? "?"
        case .double: written = value.double.map { "\($0)" } ?? "?"
        case .bool: written = value.bool.map { "\($0)" } ?? "?"
        }
        return LocalizedText(en: written, fr: written)
    }

    /// Control characters could move the cursor or clear the terminal the message is printed on.
    private static func printable(_ text: String, limit: Int) -> String {
        let scalars = text.unicodeScalars.filter { !$0.properties.generalCategory.isControl }
        var visible = String.UnicodeScalarView()
        visible.append(contentsOf: scalars.prefix(limit))
        return String(visible) + (scalars.count > limit ? "…" : "")
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isControl: Bool { self == .control || self == .format }
}
