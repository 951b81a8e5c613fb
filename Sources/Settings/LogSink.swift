import Foundation
import Logging
import SenfenicoAPI

/// Where a command's log lines go.
public enum LogDestination: Sendable, Equatable {
    case file(String)
    case standardError
    case nowhere

    /// The dashboard owns the screen, so it always logs to a file: the chosen one, else the
    /// default under `XDG_STATE_HOME`. A command that prints its result logs to a file only
    /// when one was chosen, else to standard error with `--verbose`, else nowhere.
    public static func choose(
        logFile: String?, interactive: Bool, verbose: Bool, environment: [String: String]
    ) -> LogDestination {
        if let logFile { return .file(logFile) }
        if interactive { return .file(SettingsPaths.defaultLogFile(environment: environment)) }
        return verbose ? .standardError : .nowhere
    }
}

/// Makes loggers that all write to one destination, at one level.
public struct LogSink: Sendable {
    private enum Output {
        case file(LogFile)
        case standardError
        case nowhere
    }

    private let output: Output
    private let level: Logger.Level
    private let redactor: Redactor

    /// A file that cannot be opened gives no logging and a warning, never a failure: the
    /// dashboard is still useful without its log.
    public static func open(_ destination: LogDestination, level: Logger.Level, redactor: Redactor)
        -> (sink: LogSink, warning: SettingsWarning?)
    {
        switch destination {
        case .file(let path):
            do {
                return (LogSink(output: .file(try LogFile(path: path)), level: level, redactor: redactor), nil)
            } catch {
                let warning = SettingsWarning.logFileUnavailable(file: error.path, detail: error.detail)
                return (LogSink(output: .nowhere, level: level, redactor: redactor), warning)
            }
        case .standardError: return (LogSink(output: .standardError, level: level, redactor: redactor), nil)
        case .nowhere: return (LogSink(output: .nowhere, level: level, redactor: redactor), nil)
        }
    }

    /// Whether lines go to a file; on standard error they would repeat what was just printed there.
    public var writesToFile: Bool {
        if case .file = output { return true }
        return false
    }

    public func logger(label: String) -> Logger {
        let output = output
        let redactor = redactor
        var logger = Logger(label: label) { label -> any LogHandler in
            switch output {
            case .file(let file): FileLogHandler(label: label, file: file, redactor: redactor)
            case .standardError: StreamLogHandler.standardError(label: label)
            case .nowhere: SwiftLogNoOpLogHandler()
            }
        }
        logger.logLevel = level
        return logger
    }
}
