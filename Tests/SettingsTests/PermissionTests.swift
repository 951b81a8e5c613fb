import SenfenicoAPI
import Testing

@testable import Settings

@Suite struct PermissionTests {
    @Test func aKeyFileOthersCanReadIsAWarningNotAnError() throws {
        let directory = try TemporaryDirectory()
        let open = try directory.write(FakeKeys.test, to: "open.key", mode: 0o644)
        let settings = try SettingsResolver(flags: SettingsLayer(apiKeyFile: open), environment: [:])
            .resolve(with: ConfigFile(path: "/x"))
        #expect(settings.apiKey == APIKey(FakeKeys.test))
        #expect(settings.warnings == [.loosePermissions(file: open)])
        #expect(
            settings.warnings[0].message(in: .english)
                == "Warning: \(open) can be read or changed by other users; run: chmod 600 \(open)")
        #expect(settings.warnings[0].message(in: .french).hasPrefix("Attention : \(open) peut être lu"))
    }

    @Test func aPrivateKeyFileIsQuiet() throws {
        let directory = try TemporaryDirectory()
        let closed = try directory.write(FakeKeys.test, to: "closed.key", mode: 0o600)
        let settings = try SettingsResolver(environment: ["SENFENICO_API_KEY_FILE": closed])
            .resolve(with: ConfigFile(path: "/x"))
        #expect(settings.apiKey == APIKey(FakeKeys.test))
        #expect(settings.warnings.isEmpty)
    }

    @Test func aGroupWritableKeyFileIsAWarningToo() throws {
        let directory = try TemporaryDirectory()
        let shared = try directory.write(FakeKeys.test, to: "shared.key", mode: 0o620)
        #expect(FilePermissions.looseWarning(for: shared) == .loosePermissions(file: shared))
    }

    @Test func aConfigFileHoldingTheKeyMustBePrivate() throws {
        let directory = try TemporaryDirectory()
        let text = "api_key = \"\(FakeKeys.live)\"\n"
        let open = try directory.write(text, to: "open/senfenico/config.toml", mode: 0o644)
        let closed = try directory.write(text, to: "closed/senfenico/config.toml", mode: 0o600)
        let openSettings = try SettingsResolver(environment: ["XDG_CONFIG_HOME": directory.path + "/open"]).resolve()
        #expect(openSettings.warnings == [.loosePermissions(file: open)])
        #expect(openSettings.apiKey == APIKey(FakeKeys.live))
        let closedSettings = try SettingsResolver(environment: ["XDG_CONFIG_HOME": directory.path + "/closed"])
            .resolve()
        #expect(closedSettings.warnings.isEmpty)
        #expect(closed.hasSuffix("closed/senfenico/config.toml"))
    }

    @Test func aConfigFileWithoutTheKeyMayBeShared() throws {
        let directory = try TemporaryDirectory()
        try directory.write("theme = \"monochrome\"\n", to: "senfenico/config.toml", mode: 0o644)
        let settings = try SettingsResolver(environment: ["XDG_CONFIG_HOME": directory.path]).resolve()
        #expect(settings.warnings.isEmpty)
    }
}
