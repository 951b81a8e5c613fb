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
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            let reader = ConfigValueReader(path: path, key: key, line: lines.line(of: key))
            switch key {
            case ConfigKeys.apiKey:
                guard let apiKey = APIKey(try reader.text(value)) else {
                    throw reader.invalid(value, Strings.Settings.Expected.notEmpty)
                }
                file.layer.apiKey = apiKey
                file.holdsAPIKey = true
            case ConfigKeys.apiKeyFile: file.layer.apiKeyFile = try filePath(reader.text(value))
            case ConfigKeys.baseURL: file.layer.baseURL = try reader.text(value)
            case ConfigKeys.refresh: file.layer.refresh = try reader.seconds(value, in: ConfigKeys.refreshRange)
            case ConfigKeys.timeout: file.layer.timeout = try reader.seconds(value, in: ConfigKeys.timeoutRange)
            case ConfigKeys.maxAnswerMB:
                file.layer.maxAnswerMB = try reader.seconds(value, in: ConfigKeys.maxAnswerMBRange)
            case ConfigKeys.listsRefresh:
                file.layer.listsRefresh = try reader.seconds(value, in: ConfigKeys.listsRefreshRange)
            case ConfigKeys.theme: file.layer.theme = try reader.text(value)
            case ConfigKeys.language: file.layer.language = try reader.language(value)
            case ConfigKeys.mouse: file.layer.mouse = try reader.bool(value)
            case ConfigKeys.logFile: file.layer.logFile = try filePath(reader.text(value))
            case ConfigKeys.thresholds:
                file.layer.thresholds = try thresholds(value, reader: reader, warnings: &file.warnings)
            default:
                file.warnings.append(
                    .unknownKey(file: path, key: key, line: lines.line(of: key), known: ConfigKeys.topLevel))
            }
        }
        if file.layer.apiKey != nil, file.layer.apiKeyFile != nil { throw .keyAndKeyFile(file: path) }
        return file
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

    private func thresholds(
        _ value: any TOMLValueConvertible, reader: ConfigValueReader, warnings: inout [SettingsWarning]
    ) throws(SettingsError) -> [BalanceSeries: Money] {
        guard let table = value.table else {
            throw reader.invalid(value, Strings.Settings.Expected.table.filling(["key": ConfigKeys.thresholds]))
        }
        var amounts: [BalanceSeries: Money] = [:]
        for key in table.keys.sorted() {
            guard let amount = table[key] else { continue }
            let name = "\(ConfigKeys.thresholds).\(key)"
            let line = lines.line(of: key, in: ConfigKeys.thresholds)
            guard let series = ConfigKeys.thresholdSeries.first(where: { $0.key == key })?.series else {
                let known = ConfigKeys.thresholdSeries.map { "\(ConfigKeys.thresholds).\($0.key)" }
                warnings.append(.unknownKey(file: path, key: name, line: line, known: known))
                continue
            }
            amounts[series] = try ConfigValueReader(path: path, key: name, line: line).amount(amount)
        }
        return amounts
    }
}
