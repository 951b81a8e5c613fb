import DashboardCore
import Localization
import SenfenicoAPI
import Testing

@testable import Settings

@Suite struct ConfigFileTests {
    let environment = ["HOME": "/home/awa"]

    func parse(_ text: String) throws -> ConfigFile {
        try ConfigFile.parse(text, path: "/etc/senfenico/config.toml", environment: environment)
    }

    func error(_ text: String) -> SettingsError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? SettingsError
        }
    }

    @Test func readsEveryKey() throws {
        let file = try parse(
            """
            api_key = "\(FakeKeys.test)"
            base_url = "https://staging.example.bf"
            refresh = 2.5
            lists_refresh = 60
            theme = "high-contrast"
            language = "fr"
            mouse = false
            log_file = "~/logs/senfenico.log"

            [thresholds]
            collection = 50000
            collection_pending = "10 000"
            transfers_total = "1000000"
            orange = "200 000 F CFA"
            moov = 0
            sank = 75_000
            """)
        #expect(file.layer.apiKey == APIKey(FakeKeys.test))
        #expect(file.holdsAPIKey)
        #expect(file.layer.baseURL == "https://staging.example.bf")
        #expect(file.layer.refresh == 2.5)
        #expect(file.layer.listsRefresh == 60)
        #expect(file.layer.theme == "high-contrast")
        #expect(file.layer.language == .french)
        #expect(file.layer.mouse == false)
        #expect(file.layer.logFile == "/home/awa/logs/senfenico.log")
        #expect(
            file.layer.thresholds == [
                .collectionAvailable: Money(francs: 50_000), .collectionPending: Money(francs: 10_000),
                .transferTotal: Money(francs: 1_000_000), .orange: Money(francs: 200_000), .moov: .zero,
                .sank: Money(francs: 75_000),
            ])
        #expect(file.warnings.isEmpty)
    }

    @Test func keyFilePathsAreTakenFromTheConfigDirectory() throws {
        #expect(try parse("api_key_file = \"key\"").layer.apiKeyFile == "/etc/senfenico/key")
        #expect(try parse("api_key_file = \"~/.senfenico-key\"").layer.apiKeyFile == "/home/awa/.senfenico-key")
        #expect(try parse("api_key_file = \"/run/key\"").layer.apiKeyFile == "/run/key")
        #expect(try parse("api_key_file = \"/run/key\"").holdsAPIKey == false)
    }

    @Test func anEmptyFileSetsNothing() throws {
        #expect(try parse("# nothing yet\n").layer == SettingsLayer())
    }

    @Test(arguments: ["50000", "\"50000\"", "\"50 000\"", "\"50\u{A0}000\"", "\"50\u{202F}000\"", "\"50 000 FCFA\""])
    func thresholdsAcceptWholeFrancs(_ written: String) throws {
        let file = try parse("[thresholds]\norange = \(written)\n")
        #expect(file.layer.thresholds == [.orange: Money(francs: 50_000)])
    }

    @Test(arguments: ["-1", "50000.0", "\"50 00\"", "\"5 0000\"", "\"50,000\"", "\"\"", "\"12.50\"", "true"])
    func thresholdsRefuseAnythingElse(_ written: String) {
        let failure = error("[thresholds]\norange = \(written)\n")
        guard case .invalidValue(_, let key, let line, let expected, _)? = failure else {
            Issue.record("expected an invalid value, got \(String(describing: failure))")
            return
        }
        #expect(key == "thresholds.orange")
        #expect(line == 2)
        #expect(expected == Strings.Settings.Expected.amount)
    }

    @Test func inlineThresholdsAreReadAndPointToTheirLine() throws {
        #expect(try parse("thresholds = { sank = 1 }").layer.thresholds == [.sank: Money(francs: 1)])
        guard case .invalidValue(_, "thresholds.sank", 3, _, _)? = error("refresh = 5\n\nthresholds = { sank = -4 }")
        else {
            Issue.record("the inline table's line was expected")
            return
        }
    }

    @Test func unknownKeysAreWarningsNamingKeyAndLine() throws {
        let file = try parse(
            """
            refresh = 5
            refesh = 3

            [thresholds]
            orang = 100
            """)
        #expect(file.layer.refresh == 5)
        #expect(file.warnings.count == 2)
        guard case .unknownKey(_, "refesh", 2, let known)? = file.warnings.first else {
            Issue.record("refesh should be reported: \(file.warnings)")
            return
        }
        #expect(known.contains("refresh"))
        guard case .unknownKey(_, "thresholds.orang", 5, _)? = file.warnings.last else {
            Issue.record("thresholds.orang should be reported: \(file.warnings)")
            return
        }
        let message = file.warnings[0].message(in: .english)
        #expect(message.contains("\"refesh\"") && message.contains("line 2"))
        #expect(file.warnings[0].message(in: .french).contains("clé inconnue « refesh »"))
    }

    @Test func anUnknownTableIsOneWarningAtItsHeader() throws {
        let file = try parse("refresh = 5\n[threshold]\norange = 1\n")
        #expect(
            file.warnings == [
                .unknownKey(
                    file: "/etc/senfenico/config.toml", key: "threshold", line: 2,
                    known: ConfigKeys.topLevel)
            ])
    }

    @Test(arguments: [
        ("refresh = \"fast\"", "refresh"), ("refresh = 0", "refresh"), ("refresh = 3601", "refresh"),
        ("lists_refresh = 4", "lists_refresh"), ("theme = 3", "theme"), ("theme = \"\"", "theme"),
        ("language = \"de\"", "language"), ("mouse = \"no\"", "mouse"), ("base_url = [1]", "base_url"),
        ("log_file = { a = 1 }", "log_file"), ("api_key = \"  \"", "api_key"), ("api_key_file = 1", "api_key_file"),
        ("thresholds = 5", "thresholds"),
    ])
    func aWrongValueIsAnErrorNamingFileKeyAndLine(_ line: String, _ key: String) {
        let failure = error("# settings\n" + line + "\n")
        guard case .invalidValue(let file, let named, let number, _, _)? = failure else {
            Issue.record("expected an invalid value for \(key), got \(String(describing: failure))")
            return
        }
        #expect(file == "/etc/senfenico/config.toml")
        #expect(named == key)
        #expect(number == 2)
        let message = failure!.message(in: .english)
        #expect(message.contains("/etc/senfenico/config.toml, line 2: \(key) "))
        #expect(failure!.message(in: .french).contains("ligne 2 : \(key) "))
    }

    @Test func theErrorShowsWhatWasFound() {
        let failure = error("refresh = \"fast\"")
        #expect(
            failure?.message(in: .english)
                == "Configuration error in /etc/senfenico/config.toml, line 1: refresh must be a number of seconds "
                + "from 1 to 3600 (found: \"fast\").")
        #expect(
            failure?.message(in: .french)
                == "Erreur de configuration dans /etc/senfenico/config.toml, ligne 1 : refresh doit être un nombre "
                + "de secondes de 1 à 3600 (trouvé : \"fast\").")
    }

    @Test func aSyntaxErrorGivesTheLine() {
        guard case .syntax(_, let line, _)? = error("refresh = 5\n[thresholds\norange = 1\n") else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(line == 2)
    }

    @Test func aKeyAndAKeyFileTogetherAreAnError() {
        #expect(
            error("api_key = \"\(FakeKeys.test)\"\napi_key_file = \"key\"")
                == .keyAndKeyFile(file: "/etc/senfenico/config.toml"))
    }

    @Test func aMissingFileIsAnEmptyConfiguration() throws {
        let directory = try TemporaryDirectory()
        let file = try ConfigFile.load(path: directory.path + "/none/config.toml", environment: environment)
        #expect(file.layer == SettingsLayer())
        #expect(file.warnings.isEmpty)
    }

    @Test func aDirectoryInPlaceOfTheFileIsAnError() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: SettingsError.self) { try ConfigFile.load(path: directory.path, environment: environment) }
    }
}
