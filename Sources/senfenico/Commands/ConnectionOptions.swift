import ArgumentParser
import Foundation
import Localization
import Logging
import SenfenicoAPI
import Settings

/// Where to connect, in which language to speak and where to log, shared by every command that
/// calls the API. Each flag beats its environment variable, which beats the config file.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).")
    var baseURL: String?

    @Option(
        help: ArgumentHelp(
            "Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).",
            discussion: "Keys are never taken as arguments: they would show in the process list and shell history."),
        completion: .file())
    var apiKeyFile: String?

    @Option(
        help: ArgumentHelp(
            "Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).",
            discussion: """
                An answer still arriving at the deadline, or arriving slower than 512 bytes a second after 10 seconds, \
                is cut off. A payment request cut off this way has an unknown outcome: it is never sent again by \
                itself, and is found again in the journal.
                """),
        completion: .none)
    var timeout: Int?

    @Flag(help: "Log at debug level: every request (the key is masked).")
    var verbose = false

    @Option(
        help: ArgumentHelp(
            "Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).",
            discussion: """
                The dashboard always logs to a file, by default $XDG_STATE_HOME/senfenico/senfenico.log; \
                other commands log to standard error with --verbose when no log file is set.
                """,
            valueName: "path"),
        completion: .file())
    var logFile: String?

    @Option(help: "Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    @Option(
        help: ArgumentHelp(
            "Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).",
            discussion: "Flags and environment variables still come first; the profile beats the file's top level.",
            valueName: "name"),
        completion: .custom { _, _, prefix in ProfileNames.completions(startingWith: prefix) })
    var profile: String?

    func validate() throws {
        if let timeout, !(1...3_600).contains(timeout) {
            throw ValidationError(Strings.FlagChecks.timeoutRange.text(in: language))
        }
        if let baseURL, let refused = ControlCharacters.first(in: baseURL) {
            let message = Strings.Input.flagControlCharacter.filling([
                "flag": "--base-url", "character": ControlCharacters.name(refused),
            ])
            throw ValidationError(message.text(in: language))
        }
    }

    /// The language from the flag, environment and config file; when those cannot be read, the
    /// best guess without them, so the error about them is still in the user's language.
    var language: Language {
        let resolver = settingsResolver()
        return (try? resolver.resolve().language) ?? resolver.fallbackLanguage
    }

    /// The settings this command's flags, `dashboardFlags` included, give precedence to.
    func settingsResolver(
        dashboardFlags: SettingsLayer = SettingsLayer(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SettingsResolver {
        var flags = dashboardFlags
        flags.apiKeyFile = apiKeyFile.map { SettingsPaths.expand($0, environment: environment) }
        flags.baseURL = baseURL
        flags.language = lang
        flags.logFile = logFile.map { SettingsPaths.expand($0, environment: environment) }
        flags.timeout = timeout.map(Double.init)
        flags.profile = profile
        return SettingsResolver(flags: flags, environment: environment)
    }

    /// Opens the log: a file for the dashboard (`interactive`), see `LogDestination.choose`.
    func logSink(
        _ settings: ResolvedSettings, interactive: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (sink: LogSink, warning: SettingsWarning?) {
        let destination = LogDestination.choose(
            logFile: settings.logFile, interactive: interactive, verbose: verbose, environment: environment)
        return LogSink.open(destination, level: verbose ? .debug : .info, redactor: Redactor(key: settings.apiKey))
    }

    /// The resolved settings, or the reason they cannot be used on standard error and the exit
    /// status of configuration errors.
    func resolveSettings(dashboardFlags: SettingsLayer = SettingsLayer()) throws -> ResolvedSettings {
        let resolver = settingsResolver(dashboardFlags: dashboardFlags)
        do {
            return try resolver.resolve()
        } catch {
            FileHandle.standardError.write(Data((error.message(in: resolver.fallbackLanguage) + "\n").utf8))
            throw ExitCode(ExitStatus.configuration)
        }
    }

    /// Says each warning on standard error, where it is read before any screen appears, and in
    /// the log file, where it is found again later.
    func report(_ warnings: [SettingsWarning], language: Language, sink: LogSink) {
        let logger = sink.logger(label: "senfenico.settings")
        for warning in warnings {
            FileHandle.standardError.write(Data((warning.message(in: language) + "\n").utf8))
            if sink.writesToFile { logger.warning("\(warning.message(in: .english))") }
        }
    }

    /// The client's settings. `wholeCommand`: the timeout bounds the command from now, however
    /// many calls it makes; otherwise (the dashboard) each call has the timeout to itself.
    func clientConfiguration(
        key: APIKey, baseURL: String, settings: ResolvedSettings, wholeCommand: Bool
    ) -> ClientConfiguration {
        let timeout = Duration.milliseconds(Int(settings.timeout * 1_000))
        return ClientConfiguration(
            apiKey: key, baseURL: baseURL, requestTimeout: timeout,
            deadline: wholeCommand ? ContinuousClock.now + timeout : nil,
            maximumAnswerBytes: settings.maximumAnswerBytes)
    }
}

extension Language: ExpressibleByArgument {}
