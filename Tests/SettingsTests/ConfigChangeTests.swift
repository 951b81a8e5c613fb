import Localization
import Testing

@testable import Settings

/// `senfenico config set|unset|get`: one line changed, every other kept, every value checked by
/// the parser the settings are read with.
@Suite struct ConfigChangeTests {
    let path = "/home/awa/.config/senfenico/config.toml"
    let environment = ["HOME": "/home/awa"]

    let text = """
        # My counter
        refresh = 5   # seconds
        theme = "default" # colours

        # alerts
        [thresholds]
        orange = 1000

        [profile.shop2]
        language = "en"   # shop 2 speaks English

        """

    func set(_ name: String, _ value: String, profile: String? = nil, in text: String? = nil)
        throws(ConfigChangeError) -> String
    {
        try ConfigChange(name: name, profile: profile).applied(
            to: text ?? self.text, value: value, path: path, environment: environment, directory: "/work")
    }

    @Test func anExistingLineKeepsItsComment() throws {
        let changed = try set("refresh", "10")
        #expect(changed.contains("refresh = 10   # seconds\n"))
        #expect(try set("theme", "high-contrast").contains("theme = \"high-contrast\" # colours\n"))
        // Every other line as it was.
        #expect(changed.replacingOccurrences(of: "refresh = 10", with: "refresh = 5") == text)
    }

    @Test func aNewKeyGoesAtTheEndOfItsSection() throws {
        let changed = try set("thresholds.moov", "2 000")
        #expect(changed.contains("[thresholds]\norange = 1000\nmoov = \"2 000\"\n\n[profile.shop2]"))
        let top = try set("mouse", "false")
        #expect(top.contains("theme = \"default\" # colours\nmouse = false\n\n# alerts"))
    }

    @Test func aProfileAndItsThresholdsAreMadeWhenMissing() throws {
        let changed = try set("base_url", "http://127.0.0.1:8089", profile: "sandbox")
        #expect(changed.hasSuffix("[profile.sandbox]\nbase_url = \"http://127.0.0.1:8089\"\n"))
        let thresholds = try set("thresholds.sank", "5000", profile: "shop2")
        #expect(thresholds.hasSuffix("[profile.shop2.thresholds]\nsank = 5000\n"))
        let file = try ConfigFile.parse(thresholds, path: path, environment: environment)
        #expect(file.profiles["shop2"]?.language == .english)
        #expect(file.profiles["shop2"]?.thresholds?.count == 1)
        #expect(try set("refresh", "3", in: "").hasPrefix("refresh = 3\n"))
    }

    @Test func valuesAreCheckedByTheSettingsParser() {
        #expect(throws: ConfigChangeError.self) { try set("refresh", "0") }
        #expect(throws: ConfigChangeError.self) { try set("refresh", "soon") }
        #expect(throws: ConfigChangeError.self) { try set("language", "wolof") }
        #expect(throws: ConfigChangeError.self) { try set("mouse", "maybe") }
        #expect(throws: ConfigChangeError.self) { try set("thresholds.orange", "12.50") }
        #expect(throws: ConfigChangeError.self) { try set("base_url", "http://example.com") }
        do {
            _ = try set("lists_refresh", "2")
        } catch {
            #expect(
                error.message(in: .english)
                    == "lists_refresh must be a number of seconds from 5 to 3600 (found: 2); the file is unchanged.")
            #expect(error.message(in: .french).contains("le fichier n'a pas changé"))
        }
    }

    @Test func keysAreNeverWritten() {
        #expect(throws: ConfigChangeError.apiKeyRefused) { try ConfigChange(name: "api_key", profile: nil) }
        let key = "sk_" + "live_" + "abcdefgh12345678"
        #expect(throws: ConfigChangeError.keyValueRefused("theme")) { try set("theme", key) }
        do {
            _ = try set("api_key_file", key)
        } catch {
            #expect(!error.message(in: .english).contains(key))
        }
    }

    @Test func unknownNamesAndBadProfileNamesAreRefused() {
        #expect(throws: ConfigChangeError.self) { try ConfigChange(name: "refesh", profile: nil) }
        #expect(throws: ConfigChangeError.self) { try ConfigChange(name: "thresholds.orang", profile: nil) }
        #expect(throws: ConfigChangeError.self) { try ConfigChange(name: "profile", profile: nil) }
        #expect(throws: ConfigChangeError.badProfileName("a b")) { try ConfigChange(name: "theme", profile: "a b") }
        #expect(throws: ConfigChangeError.badProfileName("x]")) { try ConfigChange(name: "theme", profile: "x]") }
    }

    @Test func anInlineTableIsLeftForAPerson() {
        let inline = "thresholds = { orange = 1 }\n"
        #expect(throws: ConfigChangeError.self) { try set("thresholds.moov", "5", in: inline) }
    }

    @Test func relativePathsAreTakenFromTheWorkingDirectory() throws {
        #expect(try set("api_key_file", "keys/shop.key").contains("api_key_file = \"/work/keys/shop.key\""))
        #expect(try set("log_file", "~/s.log").contains("log_file = \"~/s.log\""))
    }

    @Test func getAndUnsetReadAndRemoveOneLine() throws {
        #expect(try ConfigChange(name: "refresh", profile: nil).value(in: text) == "5")
        #expect(try ConfigChange(name: "language", profile: "shop2").value(in: text) == "en")
        #expect(try ConfigChange(name: "language", profile: nil).value(in: text) == nil)
        let removed = try ConfigChange(name: "language", profile: "shop2").removed(
            from: text, path: path, environment: environment)
        #expect(removed == text.replacingOccurrences(of: "language = \"en\"   # shop 2 speaks English\n", with: ""))
        #expect(
            try ConfigChange(name: "mouse", profile: nil).removed(from: text, path: path, environment: environment)
                == nil)
        let key = "sk_" + "test_" + "abcdefgh12345678"
        #expect(
            try ConfigChange(name: "api_key", profile: nil, allowingAPIKey: true).value(in: "api_key = \"\(key)\"\n")
                == "sk_test_…5678")
    }

    @Test func theListingShowsEveryValueWithAKeyMasked() {
        let key = "sk_" + "test_" + "abcdefgh12345678"
        let lines = ConfigListing.lines(of: text + "api_key = \"\(key)\"\n", profile: "shop2")
        #expect(lines == ["api_key = \"sk_test_…5678\"", "language = \"en\""])
        #expect(
            ConfigListing.lines(of: text, profile: nil)
                == [
                    "profile.shop2.language = \"en\"", "refresh = 5", "theme = \"default\"", "thresholds.orange = 1000",
                ])
        #expect(ConfigListing.lines(of: text, profile: "nope") == nil)
        #expect(ConfigListing.profiles(of: text) == ["shop2"])
    }
}

extension ConfigChangeTests {
    @Test func aFileWithAWrongValueCanBeRepairedByConfigSet() throws {
        let broken = "refresh = 0\ntheme = \"default\"\n"
        #expect(try set("refresh", "5", in: broken) == "refresh = 5\ntheme = \"default\"\n")
        // Another key may change too; the wrong value stays for its owner to fix.
        #expect(try set("theme", "monochrome", in: broken) == "refresh = 0\ntheme = \"monochrome\"\n")
        // The new value itself is still checked.
        #expect(throws: ConfigChangeError.self) { try set("theme", "", in: broken) }
    }
}
