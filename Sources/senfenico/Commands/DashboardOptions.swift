import ArgumentParser
import DashboardApp
import DashboardCore
import Foundation
import Localization
import SenfenicoAPI
import Settings
import TerminalUI

/// The options of every command that opens the dashboard (`dashboard`, `charge`), and the
/// opening itself.
struct DashboardOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions

    // Optionals: a flag not given leaves the choice to $SENFENICO_*, then to the config file.
    @Option(
        help: ArgumentHelp(
            "Colour theme: a file NAME.toml in the themes directory (default, high-contrast, monochrome).",
            discussion: "Default: $SENFENICO_THEME, else theme in the config file, else default."),
        completion: .custom { _, _, prefix in DashboardOptions.themeNames(startingWith: prefix) })
    var theme: String?

    @Flag(
        inversion: .prefixedNo,
        help: "Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.")
    var mouse: Bool?

    @Option(help: "Port of the embedded sandbox (no API key), to call it from outside; 0 picks a free one.")
    var sandboxPort = 0

    @Flag(help: "Counter mode: open on the charge wizard, back to it after each payment; transfers hidden.")
    var cashier = false

    @Flag(
        help: ArgumentHelp(
            "Open on the developer view: every API request of the session, its JSON, and a curl command to copy.",
            discussion:
                "d or F12 opens it from the dashboard; y copies a request as curl (the key stays in "
                + "$SENFENICO_API_KEY)."))
    var explorer = false

    @Option(
        help: ArgumentHelp(
            "Seconds between two balance refreshes (longer after errors).",
            discussion: "Default: $SENFENICO_REFRESH, else refresh in the config file, else 5."))
    var refresh: Double?

    /// The themes found now (`NAME.toml` in the themes directory), for the shells' completion.
    static func themeNames(startingWith prefix: String) -> [String] {
        guard let directory = ThemeDirectory.locate(sourceFile: #filePath) else { return [] }
        return ThemeLoader(directory: directory).availableThemes().filter { $0.hasPrefix(prefix) }
    }

    func validate() throws {
        guard (0...65_535).contains(sandboxPort) else {
            throw ValidationError(Strings.Terminal.portRange.text(in: connection.language))
        }
        if let refresh, !(1...3_600).contains(refresh) {
            throw ValidationError(Strings.Terminal.refreshRange.text(in: connection.language))
        }
    }

    /// Opens the dashboard; `opensWizard` starts it on the charge wizard (`senfenico charge`).
    func run(opensWizard: Bool) async throws {
        TaskThreads.shareEventLoops()
        let settings = try connection.resolveSettings(
            dashboardFlags: SettingsLayer(refresh: refresh, theme: theme, mouse: mouse))
        let language = settings.language
        let (sink, logWarning) = connection.logSink(settings, interactive: true)
        // Before the dashboard takes the screen: once it has, nothing may be written to it.
        connection.report(settings.warnings + [logWarning].compactMap { $0 }, language: language, sink: sink)
        let key = settings.apiKey?.masked ?? "none (sandbox)"
        sink.logger(label: "senfenico").info(
            "dashboard starting", metadata: ["config": "\(settings.configFile)", "key": "\(key)"])
        let traffic = TrafficMeter()
        let requests = RequestLogFeed()
        let session: APISession
        do {
            session = try await APISession.open(
                connection, settings: settings, logger: sink.logger(label: "senfenico.client"),
                sandboxPort: sandboxPort,
                wholeCommand: false
            ) {
                traffic.add($0.responseBytes)
                requests.record($0)
            }
        } catch let error as SenfenicoError {
            FileHandle.standardError.write(Data((error.message(in: language) + "\n").utf8))
            throw ExitCode(ExitStatus.code(for: error))
        }
        var configuration = DashboardConfiguration(
            mode: session.mode.dashboardMode, language: language, refreshInterval: settings.refresh,
            listRefreshInterval: settings.listsRefresh, thresholds: settings.thresholds, themeName: settings.theme,
            themeDirectory: ThemeDirectory.locate(sourceFile: #filePath), mouse: settings.mouse,
            traffic: traffic, sandboxAddress: session.sandboxAddress)
        configuration.cashierMode = cashier
        configuration.journalAccount = session.account
        configuration.opensWizard = opensWizard
        configuration.opensExplorer = explorer
        configuration.requestLog = requests
        // Public and sandbox-only: the developer view's copied curl commands carry it.
        if session.mode == .sandbox { requests.useSandboxKey(APISession.embeddedSandboxKey) }
        // Found by `senfenico logs tail`, `trigger` and `sandbox advance` while the dashboard runs.
        let registered = session.mode == .sandbox ? session.sandboxAddress.flatMap(Self.registerEmbeddedSandbox) : nil
        defer { if registered != nil { Self.unregisterEmbeddedSandbox() } }
        let outcome: DashboardOutcome
        do {
            outcome = try await DashboardRuntime.run(configuration, client: session.client)
        } catch {
            await session.close()
            FileHandle.standardError.write(Data((Self.message(for: error, language: language) + "\n").utf8))
            throw ExitCode(1)
        }
        await session.close()
        // Said after the terminal is restored, where it stays readable.
        if let themeError = outcome.themeError {
            FileHandle.standardError.write(Data((themeError.message(in: language) + "\n").utf8))
        }
        // The shell convention for "stopped by a signal": 128 + its number.
        if let signal = outcome.signal { throw ExitCode(128 + signal) }
    }

    private static func message(for error: TerminalError, language: Language) -> String {
        switch error {
        case .notATerminal: Strings.Terminal.notATerminal.text(in: language)
        case .unknownTerminal(let term): Strings.Terminal.unknownTerminal.filling(["term": term]).text(in: language)
        }
    }
}

extension APISession.Mode {
    var dashboardMode: DashboardMode {
        switch self {
        case .sandbox: .sandbox
        case .test: .test
        case .live: .live
        }
    }
}
