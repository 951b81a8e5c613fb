import DashboardCore
import Foundation
import Localization
import SenfenicoAPI
import TOMLKit

/// Turns the text of `config.toml` into a `ConfigFile`, key by key.
struct ConfigFileParser {
    let path: String
    let text: String
    let environment: [String: String]
    private let lines: TOMLKeyLines

    init(path: String, text: String, environment: [String: String]) {
        self.path = path
        self.text = text
        self.environment = environment
        self.lines = TOMLKeyLines(text)
    }

    func parse() throws(SettingsError) -> ConfigFile {
        let table = try document()
        var file = ConfigFile(path: path)
        file.layer = try settings(in: table, section: nil, file: &file)
        return file
    }

    /// `[profile.NAME]` tables, each read as the top level is.
    private func profiles(_ value: any TOMLValueConvertible, file: inout ConfigFile) throws(SettingsError)
        -> [String: SettingsLayer]
    {
        let reader = ConfigValueReader(path: path, key: ConfigKeys.profile, line: lines.line(of: ConfigKeys.profile))
        let expected = Strings.Settings.Expected.table.filling(["key": "\(ConfigKeys.profile).NAME"])
        guard let table = value.table else { throw reader.invalid(value, expected) }
        var layers: [String: SettingsLayer] = [:]
        for name in table.keys.sorted() {
            guard let profile = table[name] else { continue }
            let section = "\(ConfigKeys.profile).\(name)"
            guard let settings = profile.table else {
                throw ConfigValueReader(path: path, key: section, line: lines.line(ofPath: section))
                    .invalid(profile, expected)
            }
            layers[name] = try self.settings(in: settings, section: section, file: &file)
        }
        return layers
    }

    /// The settings of the top level (`section` nil) or of one profile (`profile.NAME`).
    private func settings(in table: TOMLTable, section: String?, file: inout ConfigFile) throws(SettingsError)
        -> SettingsLayer
    {
        var layer = SettingsLayer()
        let prefix = section.map { $0 + "." } ?? ""
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            let line = lines.line(of: key, in: section)
            let reader = ConfigValueReader(path: path, key: prefix + key, line: line)
            switch key {
            case ConfigKeys.apiKey:
                guard let apiKey = APIKey(try reader.text(value)) else {
                    throw reader.invalid(value, Strings.Settings.Expected.notEmpty)
                }
                layer.apiKey = apiKey
                file.holdsAPIKey = true
            case ConfigKeys.apiKeyFile: layer.apiKeyFile = try filePath(reader.text(value))
            case ConfigKeys.baseURL: layer.baseURL = try reader.text(value)
            case ConfigKeys.refresh: layer.refresh = try reader.seconds(value, in: ConfigKeys.refreshRange)
            case ConfigKeys.timeout: layer.timeout = try reader.seconds(value, in: ConfigKeys.timeoutRange)
            case ConfigKeys.maxAnswerMB: layer.maxAnswerMB = try reader.seconds(value, in: ConfigKeys.maxAnswerMBRange)
            case ConfigKeys.listsRefresh:
                layer.listsRefresh = try reader.seconds(value, in: ConfigKeys.listsRefreshRange)
            case ConfigKeys.theme: layer.theme = try reader.text(value)
            case ConfigKeys.language: layer.language = try reader.language(value)
            case ConfigKeys.mouse: layer.mouse = try reader.bool(value)
            case ConfigKeys.logFile: layer.logFile = try filePath(reader.text(value))
            case ConfigKeys.thresholds:
                layer.thresholds = try thresholds(
                    value, in: prefix + ConfigKeys.thresholds, reader: reader, warnings: &file.warnings)
            case ConfigKeys.profile where section == nil: file.profiles = try profiles(value, file: &file)
            default:
                let known = section == nil ? ConfigKeys.topLevel : ConfigKeys.settings
                file.warnings.append(
                    .unknownKey(file: path, key: prefix + key, line: line, known: known.map { prefix + $0 }))
            }
        }
        if layer.apiKey != nil, layer.apiKeyFile != nil { throw .keyAndKeyFile(file: path) }
        return layer
    }

    private func document() throws(SettingsError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(file: path, line: error.source.begin.line, detail: error.description)
        } catch {
            throw .syntax(file: path, line: nil, detail: "\(error)")
        }
    }

    /// A path in the file is taken from the file's directory, wherever the command runs.
    private func filePath(_ text: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return SettingsPaths.expand(text, relativeTo: directory, environment: environment)
    }

    /// `[thresholds]`, or `[profile.NAME.thresholds]` (`section`).
    private func thresholds(
        _ value: any TOMLValueConvertible, in section: String, reader: ConfigValueReader,
        warnings: inout [SettingsWarning]
    ) throws(SettingsError) -> [BalanceSeries: Money] {
        guard let table = value.table else {
            throw reader.invalid(value, Strings.Settings.Expected.table.filling(["key": section]))
        }
        var amounts: [BalanceSeries: Money] = [:]
        for key in table.keys.sorted() {
            guard let amount = table[key] else { continue }
            let name = "\(section).\(key)"
            let line = lines.line(of: key, in: section)
            guard let series = ConfigKeys.thresholdSeries.first(where: { $0.key == key })?.series else {
                let known = ConfigKeys.thresholdSeries.map { "\(section).\($0.key)" }
                warnings.append(.unknownKey(file: path, key: name, line: line, known: known))
                continue
            }
            amounts[series] = try ConfigValueReader(path: path, key: name, line: line).amount(amount)
        }
        return amounts
    }
}
