import DashboardCore
import Localization
import SenfenicoAPI
import Testing

@testable import Settings

@Suite struct PrecedenceTests {
    let file = ConfigFile(
        path: "/home/awa/.config/senfenico/config.toml",
        layer: SettingsLayer(
            baseURL: "https://file.example", refresh: 30, listsRefresh: 120, theme: "monochrome", language: .english,
            mouse: false, logFile: "/var/log/file.log", thresholds: [.moov: Money(francs: 1_000)]))

    let environment = [
        "HOME": "/home/awa", "LANG": "en_US.UTF-8",
        "SENFENICO_BASE_URL": "https://env.example", "SENFENICO_REFRESH": "20", "SENFENICO_THEME": "high-contrast",
        "SENFENICO_LANG": "fr", "SENFENICO_LOG_FILE": "~/env.log",
    ]

    let flags = SettingsLayer(
        baseURL: "https://flag.example", refresh: 10, theme: "flag-theme", language: .english, mouse: true,
        logFile: "/tmp/flag.log")

    @Test func aFlagBeatsTheEnvironment() throws {
        let settings = try SettingsResolver(flags: flags, environment: environment).resolve(with: file)
        #expect(settings.baseURL == "https://flag.example")
        #expect(settings.refresh == 10)
        #expect(settings.theme == "flag-theme")
        #expect(settings.language == .english)
        #expect(settings.mouse == true)
        #expect(settings.logFile == "/tmp/flag.log")
    }

    @Test func theEnvironmentBeatsTheFile() throws {
        let settings = try SettingsResolver(environment: environment).resolve(with: file)
        #expect(settings.baseURL == "https://env.example")
        #expect(settings.refresh == 20)
        #expect(settings.theme == "high-contrast")
        #expect(settings.language == .french)
        #expect(settings.logFile == "/home/awa/env.log")
        // No variable for these: the file decides.
        #expect(settings.listsRefresh == 120)
        #expect(settings.mouse == false)
        #expect(settings.thresholds == [.moov: Money(francs: 1_000)])
    }

    @Test func theFileBeatsTheDefaults() throws {
        let settings = try SettingsResolver(environment: ["HOME": "/home/awa"]).resolve(with: file)
        #expect(settings.baseURL == "https://file.example")
        #expect(settings.refresh == 30)
        #expect(settings.theme == "monochrome")
        #expect(settings.language == .english)
        #expect(settings.logFile == "/var/log/file.log")
    }

    @Test func defaultsWhenNothingIsSaid() throws {
        let settings = try SettingsResolver(environment: ["LANG": "fr_BF.UTF-8"]).resolve(with: ConfigFile(path: "/x"))
        #expect(settings.apiKey == nil)
        #expect(settings.baseURL == ClientConfiguration.defaultBaseURL)
        #expect(settings.refresh == 5)
        #expect(settings.listsRefresh == 30)
        #expect(settings.theme == "default")
        #expect(settings.language == .french)
        #expect(settings.mouse)
        #expect(settings.logFile == nil)
        #expect(settings.thresholds.isEmpty)
    }

    @Test func languageGoesFlagThenVariableThenFileThenLocale() throws {
        let french = ConfigFile(path: "/x", layer: SettingsLayer(language: .french))
        func language(_ flag: Language?, _ environment: [String: String], _ file: ConfigFile) throws -> Language {
            try SettingsResolver(flags: SettingsLayer(language: flag), environment: environment).resolve(with: file)
                .language
        }
        #expect(try language(.english, ["SENFENICO_LANG": "fr"], french) == .english)
        #expect(try language(nil, ["SENFENICO_LANG": "EN", "LANG": "fr_FR"], french) == .english)
        #expect(try language(nil, ["LC_ALL": "en_GB.UTF-8"], french) == .french)
        #expect(try language(nil, ["LC_ALL": "fr_FR.UTF-8"], ConfigFile(path: "/x")) == .french)
    }

    @Test func anEmptyVariableCountsAsUnset() throws {
        let settings = try SettingsResolver(environment: ["SENFENICO_THEME": "", "SENFENICO_REFRESH": ""])
            .resolve(with: file)
        #expect(settings.theme == "monochrome")
        #expect(settings.refresh == 30)
    }

    @Test func aBadVariableIsAnErrorNamingIt() {
        let resolver = SettingsResolver(environment: ["SENFENICO_REFRESH": "soon", "SENFENICO_LANG": "fr"])
        #expect(throws: SettingsError.self) { try resolver.resolve(with: file) }
        do {
            _ = try resolver.resolve(with: file)
        } catch {
            #expect(error.message(in: .french).hasPrefix("La variable d'environnement SENFENICO_REFRESH doit être"))
        }
        #expect(resolver.fallbackLanguage == .french)
        let badLanguage = SettingsResolver(environment: ["SENFENICO_LANG": "wolof", "LANG": "fr_BF"])
        #expect(throws: SettingsError.self) { try badLanguage.resolve(with: file) }
        #expect(badLanguage.fallbackLanguage == .french)
    }

    @Test func theKeyGoesFlagFileThenVariableThenConfig() throws {
        let directory = try TemporaryDirectory()
        let flagKey = try directory.write(FakeKeys.live + "\n", to: "flag.key")
        let envKey = try directory.write(FakeKeys.test, to: "env.key")
        let inFile = ConfigFile(path: "/x", layer: SettingsLayer(apiKey: APIKey("sk_test_" + "fromtheconfigfile")))

        func key(_ flags: SettingsLayer, _ environment: [String: String], _ file: ConfigFile) throws -> APIKey? {
            try SettingsResolver(flags: flags, environment: environment).resolve(with: file).apiKey
        }
        let variable = ["SENFENICO_API_KEY": "sk_test_" + "fromtheenvironment"]
        #expect(try key(SettingsLayer(apiKeyFile: flagKey), variable, inFile) == APIKey(FakeKeys.live))
        #expect(try key(SettingsLayer(), variable, inFile) == APIKey("sk_test_" + "fromtheenvironment"))
        #expect(try key(SettingsLayer(), ["SENFENICO_API_KEY_FILE": envKey], inFile) == APIKey(FakeKeys.test))
        #expect(
            try key(SettingsLayer(), ["SENFENICO_API_KEY": "  "], inFile) == APIKey("sk_test_" + "fromtheconfigfile"))
        #expect(try key(SettingsLayer(), [:], ConfigFile(path: "/x")) == nil)
    }

    @Test func keyFileProblemsAreErrors() throws {
        let directory = try TemporaryDirectory()
        let empty = try directory.write("\n", to: "empty.key")
        let resolver = { (path: String) in SettingsResolver(flags: SettingsLayer(apiKeyFile: path), environment: [:]) }
        #expect(throws: SettingsError.emptyKeyFile(file: empty)) { try resolver(empty).resolve(with: file) }
        #expect(throws: SettingsError.self) { try resolver(directory.path + "/missing.key").resolve(with: file) }
        #expect(throws: SettingsError.keyAndKeyFileVariables) {
            try SettingsResolver(environment: ["SENFENICO_API_KEY": FakeKeys.test, "SENFENICO_API_KEY_FILE": empty])
                .resolve(with: file)
        }
    }

    @Test func theConfigFileIsFoundAtItsXDGPlace() {
        #expect(
            SettingsPaths.configFile(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/awa"])
                == "/cfg/senfenico/config.toml")
        #expect(
            SettingsPaths.configFile(environment: ["HOME": "/home/awa"]) == "/home/awa/.config/senfenico/config.toml")
        // The XDG specification: a relative value is ignored.
        #expect(
            SettingsPaths.configFile(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/awa"])
                == "/home/awa/.config/senfenico/config.toml")
        #expect(
            SettingsPaths.defaultLogFile(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/awa"])
                == "/state/senfenico/senfenico.log")
        #expect(
            SettingsPaths.defaultLogFile(environment: ["HOME": "/home/awa"])
                == "/home/awa/.local/state/senfenico/senfenico.log")
    }

    @Test func resolveReadsTheFileAtItsXDGPlace() throws {
        let directory = try TemporaryDirectory()
        try directory.write("theme = \"from-xdg\"\n", to: "config/senfenico/config.toml")
        let settings = try SettingsResolver(environment: ["XDG_CONFIG_HOME": directory.path + "/config"]).resolve()
        #expect(settings.theme == "from-xdg")
        #expect(settings.configFile == directory.path + "/config/senfenico/config.toml")
    }

    @Test func theDashboardAlwaysLogsToAFileOtherCommandsOnlyWhenAsked() {
        let environment = ["HOME": "/home/awa"]
        let defaultFile = LogDestination.file("/home/awa/.local/state/senfenico/senfenico.log")
        #expect(
            LogDestination.choose(logFile: nil, interactive: true, verbose: true, environment: environment)
                == defaultFile)
        #expect(
            LogDestination.choose(logFile: "/tmp/a.log", interactive: true, verbose: false, environment: environment)
                == .file("/tmp/a.log"))
        #expect(
            LogDestination.choose(logFile: "/tmp/a.log", interactive: false, verbose: true, environment: environment)
                == .file("/tmp/a.log"))
        #expect(
            LogDestination.choose(logFile: nil, interactive: false, verbose: true, environment: environment)
                == .standardError)
        #expect(
            LogDestination.choose(logFile: nil, interactive: false, verbose: false, environment: environment)
                == .nowhere)
    }
}
