import ArgumentParser
import DashboardApp
import DashboardCore
import Foundation
import Localization
import SenfenicoAPI
import TerminalUI

/// `senfenico dashboard`: the live view of balances, charges and transfers, on the embedded
/// sandbox when no API key is set.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Watch balances, recent charges and transfers live in the terminal."
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Colour theme: a file NAME.toml in the themes directory (default, high-contrast, monochrome).")
    var theme = "default"

    @Flag(help: "Leave the mouse to the terminal, so text can be selected and copied.")
    var noMouse = false

    @Option(help: "Seconds between two refreshes (longer after errors).")
    var refresh: Double = 5

    func validate() throws {
        guard refresh >= 1, refresh <= 3_600 else {
            throw ValidationError(Strings.Terminal.refreshRange.text(in: connection.language))
        }
    }

    func run() async throws {
        let language = connection.language
        let session: APISession
        do {
            session = try await APISession.open(connection)
        } catch let error as SenfenicoError {
            FileHandle.standardError.write(Data((error.message(in: language) + "\n").utf8))
            throw ExitCode(ExitStatus.code(for: error))
        }
        let configuration = DashboardConfiguration(
            mode: session.mode.dashboardMode, language: language, refreshInterval: refresh, themeName: theme,
            themeDirectory: ThemeDirectory.locate(sourceFile: #filePath), mouse: !noMouse)
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
