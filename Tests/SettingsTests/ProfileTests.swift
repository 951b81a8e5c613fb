import DashboardCore
import Localization
import SenfenicoAPI
import Testing

@testable import Settings

/// `[profile.NAME]`: flags > environment > selected profile > top level > defaults.
@Suite struct ProfileTests {
    let path = "/home/awa/.config/senfenico/config.toml"
    let environment = ["HOME": "/home/awa", "LANG": "en_US.UTF-8"]

    let text = """
        base_url = "https://top.example"
        theme = "monochrome"
        refresh = 30
        language = "en"

        [thresholds]
        orange = 1000

        [profile.shop2]
        base_url = "https://shop2.example"   # the second shop's account
        language = "fr"

        [profile.shop2.thresholds]
        moov = "2 000"

        [profile.staging]
        refresh = 2
        """

    func file() throws(SettingsError) -> ConfigFile {
        try ConfigFile.parse(text, path: path, environment: environment)
    }

    func resolve(flags: SettingsLayer = SettingsLayer(), _ extra: [String: String] = [:]) throws(SettingsError)
        -> ResolvedSettings
    {
        try SettingsResolver(flags: flags, environment: environment.merging(extra) { $1 }).resolve(with: file())
    }

    @Test func profilesAreReadWithTheTopLevelsRules() throws {
        let file = try file()
        #expect(file.profiles.keys.sorted() == ["shop2", "staging"])
        let shop2 = try #require(file.profiles["shop2"])
        #expect(shop2.baseURL == "https://shop2.example")
        #expect(shop2.language == .french)
        #expect(shop2.thresholds == [.moov: Money(francs: 2_000)])
        #expect(file.profiles["staging"]?.refresh == 2)
        #expect(file.layer.baseURL == "https://top.example")
        #expect(file.warnings.isEmpty)
    }

    @Test func noProfileMeansTheTopLevel() throws {
        let settings = try resolve()
        #expect(settings.profile == nil)
        #expect(settings.baseURL == "https://top.example")
        #expect(settings.sources[.baseURL] == .configFile)
        #expect(settings.sources[.listsRefresh] == .builtInDefault)
    }

    @Test func theProfileBeatsTheTopLevelAndTheTopLevelFillsTheRest() throws {
        let settings = try resolve(flags: SettingsLayer(profile: "shop2"))
        #expect(settings.profile == "shop2")
        #expect(settings.profileSource == .flag)
        #expect(settings.baseURL == "https://shop2.example")
        #expect(settings.sources[.baseURL] == .profile("shop2"))
        #expect(settings.language == .french)
        // Not in the profile: the top level decides; thresholds are a whole, not merged.
        #expect(settings.theme == "monochrome")
        #expect(settings.sources[.theme] == .configFile)
        #expect(settings.refresh == 30)
        #expect(settings.thresholds == [.moov: Money(francs: 2_000)])
        #expect(settings.listsRefresh == ResolvedSettings.defaultListsRefresh)
    }

    @Test func theEnvironmentAndFlagsBeatTheProfile() throws {
        let settings = try resolve(
            flags: SettingsLayer(theme: "flag-theme", profile: "shop2"), ["SENFENICO_BASE_URL": "https://env.example"])
        #expect(settings.baseURL == "https://env.example")
        #expect(settings.sources[.baseURL] == .environment)
        #expect(settings.theme == "flag-theme")
        #expect(settings.sources[.theme] == .flag)
        #expect(settings.language == .french)
    }

    @Test func theVariableSelectsAProfileAndTheFlagBeatsIt() throws {
        let byVariable = try resolve(["SENFENICO_PROFILE": "staging"])
        #expect(byVariable.profile == "staging")
        #expect(byVariable.profileSource == .environment)
        #expect(byVariable.refresh == 2)
        let byFlag = try resolve(flags: SettingsLayer(profile: "shop2"), ["SENFENICO_PROFILE": "staging"])
        #expect(byFlag.profile == "shop2")
        #expect(byFlag.refresh == 30)
        // An empty variable counts as unset, as every SENFENICO_* variable.
        #expect(try resolve(["SENFENICO_PROFILE": ""]).profile == nil)
        // `default` names the top level, so the flag can undo the variable.
        let back = try resolve(flags: SettingsLayer(profile: "default"), ["SENFENICO_PROFILE": "staging"])
        #expect(back.profile == nil)
        #expect(back.refresh == 30)
    }

    @Test func anUnknownProfileIsAnErrorListingTheKnownOnes() throws {
        #expect(throws: SettingsError.unknownProfile(name: "shop3", file: path, known: ["shop2", "staging"])) {
            try resolve(flags: SettingsLayer(profile: "shop3"))
        }
        do {
            _ = try resolve(["SENFENICO_PROFILE": "shop3"])
            Issue.record("an unknown profile must stop the command")
        } catch {
            #expect(
                error.message(in: .english) == "No profile \"shop3\" in \(path); known profiles: shop2, staging.")
            #expect(error.message(in: .french).contains("profils connus : shop2, staging"))
        }
        let none = SettingsResolver(flags: SettingsLayer(profile: "x"), environment: environment)
        #expect(throws: SettingsError.self) { try none.resolve(with: ConfigFile(path: path)) }
    }

    @Test func theKeyComesFromTheProfilesKeyFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write(FakeKeys.test + "\n", to: "shop2.key")
        let config = try directory.write(
            "[profile.shop2]\napi_key_file = \"shop2.key\"\n", to: "config.toml")
        let file = try ConfigFile.load(path: config, environment: environment)
        let settings = try SettingsResolver(flags: SettingsLayer(profile: "shop2"), environment: environment)
            .resolve(with: file)
        #expect(settings.apiKey == APIKey(FakeKeys.test))
        // Relative to the config file's folder, as at the top.
        #expect(settings.apiKeyFile == directory.path + "/shop2.key")
        #expect(settings.sources[.apiKey] == .profile("shop2"))
        // Without the profile there is no key: the embedded sandbox.
        let top = try SettingsResolver(environment: environment).resolve(with: file)
        #expect(top.apiKey == nil)
        #expect(top.sources[.apiKey] == nil)
    }

    @Test func aKeyInAProfileMakesTheFilesPermissionsMatter() throws {
        let directory = try TemporaryDirectory()
        let config = try directory.write(
            "[profile.shop2]\napi_key = \"\(FakeKeys.test)\"\n", to: "config.toml", mode: 0o644)
        let file = try ConfigFile.load(path: config, environment: environment)
        #expect(file.holdsAPIKey)
        let settings = try SettingsResolver(environment: environment).resolve(with: file)
        #expect(settings.warnings.contains(.loosePermissions(file: config)))
    }

    @Test func aBadValueInAProfileNamesItsDottedKeyAndLine() {
        do {
            _ = try ConfigFile.parse(
                "refresh = 5\n\n[profile.shop2]\nrefresh = 0\n", path: path, environment: environment)
            Issue.record("refresh = 0 must be refused")
        } catch {
            guard case .invalidValue(_, let key, let line, _, _) = error else {
                Issue.record("expected an invalid value, got \(error)")
                return
            }
            #expect(key == "profile.shop2.refresh")
            #expect(line == 4)
        }
        #expect(throws: SettingsError.self) {
            try ConfigFile.parse("profile = 3\n", path: path, environment: environment)
        }
        #expect(throws: SettingsError.self) {
            try ConfigFile.parse("[profile]\nshop2 = 3\n", path: path, environment: environment)
        }
    }

    @Test func anUnknownKeyInAProfileIsAWarning() throws {
        let file = try ConfigFile.parse("[profile.shop2]\nrefesh = 5\n", path: path, environment: environment)
        guard case .unknownKey(_, let key, let line, let known)? = file.warnings.first else {
            Issue.record("expected a warning: \(file.warnings)")
            return
        }
        #expect(key == "profile.shop2.refesh")
        #expect(line == 2)
        #expect(known.contains("profile.shop2.refresh"))
    }

    @Test func everySettingSaysWhereItCameFrom() throws {
        let settings = try resolve(flags: SettingsLayer(profile: "shop2"), ["LANG": "fr_FR.UTF-8"])
        for name in SettingName.allCases where name != .apiKey {
            #expect(settings.sources[name] != nil, "\(name) has no source")
        }
        let noLanguage = try SettingsResolver(environment: ["LANG": "fr_FR.UTF-8"]).resolve(
            with: ConfigFile(path: path))
        #expect(noLanguage.sources[.language] == .locale)
        #expect(noLanguage.language == .french)
    }
}
