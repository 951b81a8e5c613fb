import ArgumentParser
import CSVOutput
import Foundation
import Localization
import Settings

/// `senfenico config list|get|set|unset|path`: the config file edited one key at a time, its
/// comments and other lines kept, always private (0600 in a 0700 folder) and written whole.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change the settings of the config file.",
        discussion: """
            The file is $XDG_CONFIG_HOME/senfenico/config.toml (else ~/.config/senfenico/config.toml). \
            Each change is checked by the same rules as when the file is read, then written whole, \
            readable by you only; its comments and other lines are kept. With --profile NAME (or \
            $SENFENICO_PROFILE) the change goes in [profile.NAME]. The API key itself is never written \
            here: put it in a file of its own and set api_key_file.

            Examples:
              senfenico config set refresh 10
              senfenico config set thresholds.orange "200 000"
              senfenico config set base_url http://127.0.0.1:8089 --profile sandbox
              senfenico config set api_key_file ~/.config/senfenico/shop2.key --profile shop2
              senfenico config get language
              senfenico config list --profile shop2
              senfenico config unset theme
            """,
        subcommands: [
            ConfigListCommand.self, ConfigGetCommand.self, ConfigSetCommand.self, ConfigUnsetCommand.self,
            ConfigPathCommand.self,
        ])
}

/// `--profile` and `--lang`, shared by the `config` subcommands.
struct ConfigOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Work on [profile.NAME] instead of the top level (default: $SENFENICO_PROFILE).", valueName: "name"),
        completion: .custom { _, _, prefix in ProfileNames.completions(startingWith: prefix) })
    var profile: String?

    @Option(help: "Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The language from the flag, environment and config file; a broken file leaves the rest.
    var language: Language {
        let resolver = SettingsResolver(flags: SettingsLayer(language: lang), environment: environment)
        return (try? resolver.resolve().language) ?? resolver.fallbackLanguage
    }

    /// The flag, else `SENFENICO_PROFILE` (empty counts as unset); `default` is the top level.
    var selectedProfile: String? {
        let name = profile ?? environment[EnvironmentSettings.profile].flatMap { $0.isEmpty ? nil : $0 }
        return name == SettingsResolver.defaultProfile ? nil : name
    }

    var path: String { SettingsPaths.configFile(environment: environment) }

    /// The file's text, empty when there is no file yet. A file that is not TOML, or cannot be
    /// read, ends the command (exit 8); a wrong value is said and the command goes on, so that
    /// `config set` can repair it.
    func currentText(_ language: Language) throws -> String {
        do {
            _ = try ConfigFile.load(path: path, environment: environment)
        } catch {
            Console.err(error.message(in: language))
            switch error {
            case .syntax, .unreadableFile: throw ExitCode(ExitStatus.configuration)
            default: break
            }
        }
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Where a change went, for the messages: `the top level`, `[thresholds]`, `[profile.NAME]`.
    static func place(_ change: ConfigChange, _ language: Language) -> String {
        guard let table = change.table else { return Strings.Profiles.topLevel.text(in: language) }
        return Strings.Profiles.section.filling(["table": table]).text(in: language)
    }

    /// The change `name` asks for, or why it is refused (exit 2: input refused).
    func change(_ name: String, _ language: Language) throws -> ConfigChange {
        do {
            return try ConfigChange(name: name, profile: selectedProfile)
        } catch {
            throw Self.refuse(error, language)
        }
    }

    static func refuse(_ error: ConfigChangeError, _ language: Language) -> ExitCode {
        Console.err(Strings.CommandLine.errorLine.filling(["message": error.message(in: language)]).text(in: language))
        if case .notEditable = error { return ExitCode(ExitStatus.configuration) }
        return ExitCode(ExitStatus.inputRefused)
    }

    /// Writes `text` over the file (through a symbolic link, to the file it points at), 0600 in
    /// 0700 folders, synced, whole or not at all.
    func save(_ text: String, _ language: Language) throws {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        do {
            try PrivateFile.save(Array(text.utf8), to: target)
        } catch {
            Console.err(
                Strings.Profiles.cannotWrite.filling(["file": target, "detail": error.detail]).text(in: language))
            throw ExitCode(ExitStatus.configuration)
        }
    }
}

struct ConfigListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print every setting the config file sets, one `name = value` a line (a key shown masked).")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let language = options.language
        let text = try options.currentText(language)
        guard let lines = ConfigListing.lines(of: text, profile: options.selectedProfile) else {
            let known = ConfigListing.profiles(of: text)
            let error = SettingsError.unknownProfile(
                name: options.selectedProfile ?? "", file: options.path, known: known)
            Console.err(error.message(in: language))
            throw ExitCode(ExitStatus.configuration)
        }
        if lines.isEmpty {
            Console.err(Strings.Profiles.emptyFile.filling(["file": options.path]).text(in: language))
            return
        }
        Console.out(lines.joined(separator: "\n"))
    }
}

struct ConfigGetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Print the value the config file gives a setting (exit 1 when it sets none).",
        discussion:
            "Only what the file says: `senfenico auth status` shows the settings in use and where each comes from.")

    @Argument(help: "The setting: refresh, language, thresholds.orange ...") var key: String

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let language = options.language
        let change = try options.change(key, language)
        let text = try options.currentText(language)
        guard let value = change.value(in: text) else {
            Console.err(
                Strings.Profiles.notSet.filling([
                    "key": key, "place": ConfigOptions.place(change, language), "file": options.path,
                ])
                .text(in: language))
            throw ExitCode.failure
        }
        Console.out(value)
    }
}

struct ConfigSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set a setting in the config file, checked first; the file stays readable by you only.",
        discussion: """
            Settings: \(ConfigChange.settableKeys.joined(separator: ", ")). A relative path (api_key_file, \
            log_file) is taken from the current folder. The API key itself is refused: put it in a file \
            and set api_key_file.
            """)

    @Argument(help: "The setting: refresh, language, thresholds.orange ...") var key: String
    @Argument(help: "Its value: 10, fr, \"200 000\", a path or an address.") var value: String

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let language = options.language
        let change = try options.change(key, language)
        let text = try options.currentText(language)
        let updated: String
        do {
            updated = try change.applied(
                to: text, value: value, path: options.path, environment: options.environment,
                directory: FileManager.default.currentDirectoryPath)
        } catch {
            throw ConfigOptions.refuse(error, language)
        }
        try options.save(updated, language)
        if let warning = change.keyFileWarning(in: updated, path: options.path, environment: options.environment) {
            Console.err(warning.text(in: language))
        }
        let shown = change.value(in: updated) ?? value
        Console.err(
            Strings.Profiles.set.filling([
                "key": key, "value": shown, "place": ConfigOptions.place(change, language), "file": options.path,
            ]).text(in: language))
    }
}

struct ConfigUnsetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unset",
        abstract: "Remove a setting from the config file: the next place down decides again.")

    @Argument(help: "The setting: refresh, language, thresholds.orange ...") var key: String

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let language = options.language
        // `api_key` may be removed (never set): taking a key out of the file is always welcome.
        let change: ConfigChange
        do {
            change = try ConfigChange(name: key, profile: options.selectedProfile, allowingAPIKey: true)
        } catch {
            throw ConfigOptions.refuse(error, language)
        }
        let text = try options.currentText(language)
        let updated: String?
        do {
            updated = try change.removed(from: text, path: options.path, environment: options.environment)
        } catch {
            throw ConfigOptions.refuse(error, language)
        }
        let words = ["key": key, "place": ConfigOptions.place(change, language), "file": options.path]
        guard let updated else {
            Console.err(Strings.Profiles.notSet.filling(words).text(in: language))
            throw ExitCode.failure
        }
        try options.save(updated, language)
        Console.err(Strings.Profiles.unset.filling(words).text(in: language))
    }
}

struct ConfigPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Print where the config file is (it may not exist yet).")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        Console.out(options.path)
    }
}

/// The config file's profile names, for the shells' completion of `--profile`.
enum ProfileNames {
    static func completions(startingWith prefix: String) -> [String] {
        let path = SettingsPaths.configFile(environment: ProcessInfo.processInfo.environment)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return ConfigListing.profiles(of: text).filter { $0.hasPrefix(prefix) }
    }
}
