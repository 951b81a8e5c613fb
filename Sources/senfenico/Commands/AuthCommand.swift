import ArgumentParser
import Foundation
import Localization
import SenfenicoAPI
import Settings

/// `senfenico auth`: which key, which account and which server a command would use.
struct AuthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auth",
        abstract: "Show which profile, key and API address are in use, and whether the API answers.",
        subcommands: [AuthStatusCommand.self],
        defaultSubcommand: AuthStatusCommand.self)
}

/// `senfenico auth status`: the settings every other command would resolve, each with where it
/// came from, then one cheap authenticated request (the balances) to see the key work.
struct AuthStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the profile, mode, masked key and API address in use, and whether the API answers.",
        discussion: """
            Reads the settings as every command does (flags, environment, the selected profile, the config \
            file), says where each came from, then reads the balances once (10 s at most unless --timeout \
            says otherwise). Without a key the embedded sandbox is started and asked. Exit status 0 when \
            the API answers, otherwise the status of the error (3 key refused, 5 no answer, 8 configuration).

            Examples:
              senfenico auth status
              senfenico auth status --profile shop2
              SENFENICO_PROFILE=shop2 senfenico auth status --json | jq .answers
            """)

    /// Long enough for a slow mobile link, short enough to tell a dead address quickly.
    static let defaultTimeout: Double = 10

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let settings = try connection.resolveSettings()
        let language = settings.language
        let (sink, logWarning) = connection.logSink(settings, interactive: false)
        connection.report(settings.warnings + [logWarning].compactMap { $0 }, language: language, sink: sink)
        // The report shows the settings as resolved; only this check's own wait is shortened.
        var checking = settings
        if connection.timeout == nil { checking.timeout = min(settings.timeout, Self.defaultTimeout) }

        var report = AuthReport(settings: settings)
        if settings.apiKey?.mode == .unknown {
            report.probe = .keyNotSent
        } else {
            do {
                let session = try await APISession.open(
                    connection, settings: checking, logger: sink.logger(label: "senfenico.client"))
                report.mode = session.mode
                report.address = session.sandboxAddress ?? settings.baseURL
                report.probe = await Self.probe(session.client)
                await session.close()
            } catch let error as SenfenicoError {
                report.probe = .failed(error)
            }
        }
        if output.json {
            Console.json(report.json())
        } else {
            Console.out(report.text(language))
        }
        if let status = report.exitStatus { throw ExitCode(status) }
    }

    /// One balances read, timed.
    static func probe(_ client: SenfenicoClient) async -> AuthReport.Probe {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try await client.balances()
            let elapsed = clock.now - start
            let milliseconds =
                elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            return .answered(milliseconds: Int(milliseconds))
        } catch {
            return .failed(error)
        }
    }
}

/// What `auth status` found, as text or JSON.
struct AuthReport {
    enum Probe {
        case answered(milliseconds: Int)
        case failed(SenfenicoError)
        case keyNotSent
    }

    let settings: ResolvedSettings
    var mode: APISession.Mode?
    var address: String
    var probe: Probe = .keyNotSent

    init(settings: ResolvedSettings) {
        self.settings = settings
        address = settings.baseURL
        mode =
            switch settings.apiKey?.mode {
            case nil: .sandbox
            case .test: .test
            case .live: .live
            case .unknown: nil
            }
    }

    var exitStatus: Int32? {
        switch probe {
        case .answered: nil
        case .failed(let error): ExitStatus.code(for: error)
        case .keyNotSent: ExitStatus.code(for: .invalidAPIKey(httpStatus: 0))
        }
    }

    private typealias Text = Strings.Profiles

    // MARK: - Text

    func text(_ language: Language) -> String {
        func say(_ text: LocalizedText) -> String { text.text(in: language) }
        func with(_ value: String, _ source: String) -> String {
            say(Text.withSource.filling(["value": value, "source": source]))
        }
        let profile = settings.profile.map { with($0, profileSourceText(language)) } ?? say(Text.defaultProfile)
        let configFile =
            FileManager.default.fileExists(atPath: settings.configFile)
            ? settings.configFile : say(Text.configMissing.filling(["file": settings.configFile]))
        var rows: [[String]] = [
            [say(Text.labelProfile), profile],
            [say(Text.labelConfigFile), configFile],
            [say(Text.labelMode), say(modeText)],
            [say(Text.labelKey), keyText(language)],
            [say(Text.labelAddress), with(address, addressSourceText(language))],
            [say(Text.labelAPI), probeText(language)],
            [],
            [say(Text.labelSettings)],
        ]
        for (name, value) in settingValues() where name != .apiKey && name != .baseURL {
            rows.append(["  " + name.rawValue, with(value, sourceText(name, language))])
        }
        let width = rows.compactMap { $0.count == 2 ? $0[0].count : nil }.max() ?? 0
        return rows.map { row in
            guard row.count == 2 else { return row.first ?? "" }
            return row[0].padding(toLength: width, withPad: " ", startingAt: 0) + "  " + row[1]
        }.joined(separator: "\n")
    }

    private var modeText: LocalizedText {
        switch mode {
        case .sandbox: Text.modeSandbox
        case .test: Text.modeTest
        case .live: Text.modeLive
        case nil: Text.modeUnknown
        }
    }

    private func keyText(_ language: Language) -> String {
        guard let key = settings.apiKey else { return Text.noKey.text(in: language) }
        let source = sourceText(.apiKey, language)
        if let file = settings.apiKeyFile {
            return Text.keyFromFile.filling(["key": key.masked, "file": file, "source": source]).text(in: language)
        }
        return Text.withSource.filling(["value": key.masked, "source": source]).text(in: language)
    }

    private func probeText(_ language: Language) -> String {
        switch probe {
        case .answered(let milliseconds): Text.answers.filling(["ms": String(milliseconds)]).text(in: language)
        case .failed(let error):
            Text.doesNotAnswer.filling(["reason": error.message(in: language)]).text(in: language)
        case .keyNotSent: Text.keyNotSent.text(in: language)
        }
    }

    private func sourceText(_ name: SettingName, _ language: Language) -> String {
        sourceText(settings.sources[name] ?? .builtInDefault, name, language)
    }

    /// `--profile` or `SENFENICO_PROFILE`.
    private func profileSourceText(_ language: Language) -> String {
        let text =
            settings.profileSource == .environment
            ? Text.Source.environment.filling(["variable": EnvironmentSettings.profile])
            : Text.Source.flag.filling(["flag": "--profile"])
        return text.text(in: language)
    }

    /// The embedded sandbox's own address was chosen by no setting.
    private func addressSourceText(_ language: Language) -> String {
        mode == .sandbox && settings.apiKey == nil
            ? Text.Source.embeddedSandbox.text(in: language) : sourceText(.baseURL, language)
    }

    private func sourceText(_ source: SettingSource, _ name: SettingName, _ language: Language) -> String {
        let text: LocalizedText =
            switch source {
            case .flag: name.flag.map { Text.Source.flag.filling(["flag": $0]) } ?? Text.Source.flagUnnamed
            case .environment: Text.Source.environment.filling(["variable": variable(for: name)])
            case .profile(let profile): Text.Source.profile.filling(["name": profile])
            case .configFile: Text.Source.configFile
            case .locale: Text.Source.locale
            case .builtInDefault: Text.Source.builtInDefault
            }
        return text.text(in: language)
    }

    private func variable(for name: SettingName) -> String {
        if name == .apiKey {
            return settings.apiKeyFile == nil ? EnvironmentSettings.apiKey : EnvironmentSettings.apiKeyFile
        }
        return name.variable ?? ""
    }

    /// Every setting with its value as text, in the order of the config file's documentation.
    private func settingValues() -> [(SettingName, String)] {
        let thresholds = settings.thresholdsText
        return [
            (.apiKey, settings.apiKey?.masked ?? ""),
            (.baseURL, settings.baseURL),
            (.language, settings.language.rawValue),
            (.theme, settings.theme),
            (.refresh, Self.number(settings.refresh)),
            (.listsRefresh, Self.number(settings.listsRefresh)),
            (.mouse, String(settings.mouse)),
            (.timeout, Self.number(settings.timeout)),
            (.maxAnswerMB, String(settings.maximumAnswerBytes / 1_048_576)),
            (.logFile, settings.logFile ?? "-"),
            (.thresholds, thresholds.isEmpty ? "-" : thresholds),
        ]
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    // MARK: - JSON

    /// `{"profile", "profile_source", "config_file", "mode", "key", "key_file", "base_url", "answers",
    /// "latency_ms", "error", "exit_status", "settings": {name: {"value", "source"}}}`.
    func json() -> String {
        var object: [String: Any] = [
            "profile": settings.profile ?? NSNull(),
            "profile_source": settings.profile == nil ? NSNull() : Self.sourceName(settings.profileSource ?? .flag),
            "config_file": settings.configFile,
            "mode": mode.map(Self.modeName) ?? "unknown",
            "key": settings.apiKey?.masked ?? NSNull(),
            "key_file": settings.apiKeyFile ?? NSNull(),
            "base_url": address,
        ]
        switch probe {
        case .answered(let milliseconds):
            object["answers"] = true
            object["latency_ms"] = milliseconds
        case .failed(let error):
            object["answers"] = false
            object["error"] = error.message(in: .english)
            object["exit_status"] = Int(ExitStatus.code(for: error))
        case .keyNotSent:
            object["answers"] = false
            object["error"] = Text.keyNotSent.english
            object["exit_status"] = Int(exitStatus ?? 0)
        }
        var sources: [String: Any] = [:]
        for (name, value) in settingValues() {
            var entry: [String: Any] = [
                "value": value, "source": Self.sourceName(settings.sources[name] ?? .builtInDefault),
            ]
            if case .profile(let profile) = settings.sources[name] { entry["profile"] = profile }
            if name == .apiKey, settings.apiKey == nil { entry = ["value": NSNull(), "source": "none"] }
            sources[name.rawValue] = entry
        }
        object["settings"] = sources
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func modeName(_ mode: APISession.Mode) -> String {
        switch mode {
        case .sandbox: "sandbox"
        case .test: "test"
        case .live: "live"
        }
    }

    static func sourceName(_ source: SettingSource) -> String {
        switch source {
        case .flag: "flag"
        case .environment: "environment"
        case .profile: "profile"
        case .configFile: "config_file"
        case .locale: "locale"
        case .builtInDefault: "default"
        }
    }
}
