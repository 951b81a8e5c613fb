import Foundation
import Localization
import SenfenicoAPI
import TOMLKit

/// One `senfenico config set|unset|get`: which line of `config.toml` a key names, the value as
/// TOML, and the file's new text checked by the very parser the settings are read with, so
/// nothing is written that the next command would refuse.
public struct ConfigChange: Sendable {
    /// The table the key lives in: `nil` (top level), `thresholds`, `profile.NAME`,
    /// `profile.NAME.thresholds`.
    public let table: String?
    /// The key inside `table` (`refresh`, `orange`).
    public let key: String
    /// The name as the user typed it (`thresholds.orange`), for messages.
    public let name: String

    /// `name` is a key of the top level (`refresh`) or of `[thresholds]` (`thresholds.orange`);
    /// `profile` puts it in `[profile.NAME]`.
    /// `allowingAPIKey`: `api_key` may be named, to remove it (never to set it).
    public init(name: String, profile: String?, allowingAPIKey: Bool = false) throws(ConfigChangeError) {
        if let profile, !Self.isProfileName(profile) { throw .badProfileName(profile) }
        let base = profile.map { "\(ConfigKeys.profile).\($0)" }
        if name == ConfigKeys.apiKey {
            guard allowingAPIKey else { throw .apiKeyRefused }
            table = base
            key = name
            self.name = name
            return
        }
        if name.hasPrefix(ConfigKeys.thresholds + ".") {
            let series = String(name.dropFirst(ConfigKeys.thresholds.count + 1))
            guard ConfigKeys.thresholdSeries.contains(where: { $0.key == series }) else {
                throw .unknownKey(name, known: Self.settableKeys)
            }
            table = base.map { "\($0).\(ConfigKeys.thresholds)" } ?? ConfigKeys.thresholds
            key = series
        } else {
            guard Self.settableKeys.contains(name) else { throw .unknownKey(name, known: Self.settableKeys) }
            table = base
            key = name
        }
        self.name = name
    }

    /// Every key `config set` takes. `api_key` is not one: the key goes in a file of its own.
    public static let settableKeys: [String] =
        ConfigKeys.settings.filter { $0 != ConfigKeys.apiKey && $0 != ConfigKeys.thresholds }
        + ConfigKeys.thresholdSeries.map { "\(ConfigKeys.thresholds).\($0.key)" }

    /// A name written bare in a TOML header (`[profile.shop-2]`): letters, digits, `-` and `_`.
    public static func isProfileName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
            }
    }

    /// `text` with the key set to `value`, as the parser reads it; `value` is refused with the
    /// parser's own reason (`refresh must be a number of seconds from 1 to 3600`).
    /// - Parameter directory: where a relative path given for a file is taken from (the shell's
    ///   working directory: the file's own rule, relative to its folder, would surprise).
    public func applied(
        to text: String, value: String, path: String, environment: [String: String], directory: String
    ) throws(ConfigChangeError) -> String {
        if APIKeyShape.looksLikeKey(value) { throw .keyValueRefused(name) }
        let literal = try literal(for: value, directory: directory, environment: environment)
        // The value on its own first, so its own error is the one said.
        let alone = (table.map { "[\($0)]\n" } ?? "") + "\(key) = \(literal)\n"
        try check(alone, original: "", path: path, environment: environment, expectSet: true)
        var editor = ConfigEditor(text: text)
        editor.set(key, literal: literal, in: table)
        try check(editor.text, original: text, path: path, environment: environment, expectSet: true)
        return editor.text
    }

    /// `text` without the key; `nil` when the file did not set it.
    public func removed(from text: String, path: String, environment: [String: String]) throws(ConfigChangeError)
        -> String?
    {
        var editor = ConfigEditor(text: text)
        guard editor.remove(key, in: table) else { return nil }
        try check(editor.text, original: text, path: path, environment: environment, expectSet: false)
        return editor.text
    }

    /// Something to know about the key file `text` names now (`api_key_file` only): missing, or
    /// readable by others. Said, not refused: the key may be written into it next.
    public func keyFileWarning(in text: String, path: String, environment: [String: String]) -> LocalizedText? {
        guard key == ConfigKeys.apiKeyFile, let file = try? ConfigFile.parse(text, path: path, environment: environment)
        else { return nil }
        let profile = table.flatMap { $0.split(separator: ".").dropFirst().first.map(String.init) }
        guard let keyFile = (profile.flatMap { file.profiles[$0] } ?? file.layer).apiKeyFile else { return nil }
        guard FileManager.default.fileExists(atPath: keyFile) else {
            return Strings.Profiles.keyFileMissing.filling(["file": keyFile])
        }
        return FilePermissions.looseWarning(for: keyFile)?.localized
    }

    /// The value the file gives the key, as TOML would print it without quotes; `nil` when unset.
    /// An API key held in the file is shown masked.
    public func value(in text: String) -> String? {
        guard let document = try? TOMLTable(string: text), let value = Self.lookUp(document, table, key) else {
            return nil
        }
        return Self.display(value, isKey: key == ConfigKeys.apiKey)
    }

    // MARK: - Checks

    private func literal(for value: String, directory: String, environment: [String: String]) throws(ConfigChangeError)
        -> String
    {
        switch key {
        case ConfigKeys.refresh, ConfigKeys.listsRefresh, ConfigKeys.timeout, ConfigKeys.maxAnswerMB:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if let whole = Int(trimmed) { return String(whole) }
            if let number = Double(trimmed), number.isFinite { return String(number) }
            return Self.quoted(value)
        case ConfigKeys.mouse:
            let lowered = value.trimmingCharacters(in: .whitespaces).lowercased()
            return lowered == "true" || lowered == "false" ? lowered : Self.quoted(value)
        case ConfigKeys.apiKeyFile, ConfigKeys.logFile:
            return Self.quoted(Self.absolute(value, directory: directory))
        case ConfigKeys.baseURL:
            try Self.checkBaseURL(value)
            return Self.quoted(value)
        default:
            if table?.hasSuffix(ConfigKeys.thresholds) == true, !value.isEmpty,
                value.allSatisfy({ $0.isASCII && $0.isNumber }), let francs = Int(value)
            {
                return String(francs)
            }
            return Self.quoted(value)
        }
    }

    /// The whole new text through the settings parser; then the key must be where it was put
    /// (a file the editor cannot change line by line, such as an inline table, is refused).
    /// A file that already held a wrong value elsewhere (`original` refused too) may still be
    /// changed, so `config set` can be what repairs it; it must stay valid TOML.
    private func check(_ text: String, original: String, path: String, environment: [String: String], expectSet: Bool)
        throws(ConfigChangeError)
    {
        do {
            _ = try ConfigFile.parse(text, path: path, environment: environment)
        } catch {
            let wasBroken = (try? ConfigFile.parse(original, path: path, environment: environment)) == nil
            if case .invalidValue(_, let named, _, let expected, let found) = error, !wasBroken {
                throw .invalidValue(named, expected: expected, found: found)
            }
            if case .syntax = error { throw .notEditable(file: path, reason: error.localized) }
            if !wasBroken { throw .notEditable(file: path, reason: error.localized) }
        }
        let document = try? TOMLTable(string: text)
        let isSet = document.flatMap { Self.lookUp($0, table, key) } != nil
        if isSet != expectSet { throw .notEditable(file: path, reason: nil) }
    }

    /// Plain `http://` only to this machine, as the client itself insists before sending a key.
    private static func checkBaseURL(_ value: String) throws(ConfigChangeError) {
        guard let placeholder = APIKey("sk_" + "test_" + "config-check") else { return }
        do {
            _ = try ClientConfiguration(apiKey: placeholder, baseURL: value).validatedBaseURL()
        } catch {
            throw .invalidBaseURL(LocalizedText(en: error.message(in: .english), fr: error.message(in: .french)))
        }
    }

    static func absolute(_ path: String, directory: String) -> String {
        if path.hasPrefix("/") || path == "~" || path.hasPrefix("~/") { return path }
        return (directory as NSString).appendingPathComponent(path)
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func lookUp(_ document: TOMLTable, _ table: String?, _ key: String) -> (any TOMLValueConvertible)? {
        var current = document
        for part in table?.split(separator: ".") ?? [] {
            guard let next = current[String(part)]?.table else { return nil }
            current = next
        }
        return current[key]
    }

    static func display(_ value: any TOMLValueConvertible, isKey: Bool) -> String {
        switch value.type {
        case .string:
            let text = value.string ?? ""
            return isKey ? (APIKey(text)?.masked ?? "") : text
        case .int: return value.int.map(String.init) ?? ""
        case .double: return value.double.map { "\($0)" } ?? ""
        case .bool: return value.bool.map { "\($0)" } ?? ""
        default: return ConfigValueReader.describe(value).english
        }
    }
}

/// Whether a text is a Senfenico secret key, so `config set` never writes one into the file.
enum APIKeyShape {
    static func looksLikeKey(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("sk_test_") || trimmed.hasPrefix("sk_live_")
    }
}

/// Why `senfenico config` refused a key or a value; the file is left as it was.
public enum ConfigChangeError: Error, Sendable, Equatable {
    case unknownKey(String, known: [String])
    case apiKeyRefused
    /// The value is shaped like an API key; it is never repeated.
    case keyValueRefused(String)
    case badProfileName(String)
    case invalidValue(String, expected: LocalizedText, found: LocalizedText)
    case invalidBaseURL(LocalizedText)
    /// The change could not be made line by line (or the file is broken): edit it by hand.
    case notEditable(file: String, reason: LocalizedText?)

    public var localized: LocalizedText {
        typealias Text = Strings.Profiles
        switch self {
        case .unknownKey(let key, let known):
            return Text.unknownConfigKey.filling(["key": key, "known": known.joined(separator: ", ")])
        case .apiKeyRefused: return Text.apiKeyRefused
        case .keyValueRefused(let key): return Text.keyValueRefused.filling(["key": key])
        case .badProfileName(let name): return Text.badProfileName.filling(["name": name])
        case .invalidValue(let key, let expected, let found):
            return Text.invalidConfigValue.filling(["key": key]).inserting(expected: expected, found: found)
        case .invalidBaseURL(let reason): return reason
        case .notEditable(let file, let reason):
            let base = Text.notEditable.filling(["file": file])
            guard let reason else { return base }
            return LocalizedText(en: base.english + " " + reason.english, fr: base.french + " " + reason.french)
        }
    }

    public func message(in language: Language) -> String { localized.text(in: language) }
}
