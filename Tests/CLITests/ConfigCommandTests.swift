import Foundation
import Testing

/// A home folder that lasts across several runs of the binary, so one run's config file is the
/// next one's. Removed when the test lets go of it.
final class PersistentHome {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var configFile: String { url.path + "/config/senfenico/config.toml" }

    var environment: [String: String] {
        [
            "HOME": url.path, "XDG_CONFIG_HOME": url.path + "/config", "XDG_DATA_HOME": url.path + "/data",
            "XDG_STATE_HOME": url.path + "/state",
        ]
    }

    func run(_ arguments: [String], _ extra: [String: String] = [:]) async throws -> CLIResult {
        try await CLI.run(arguments, environment: environment.merging(extra) { $1 })
    }

    func config() throws -> String { try String(contentsOfFile: configFile, encoding: .utf8) }

    func write(_ text: String, to name: String, mode: Int = 0o600) throws -> String {
        let path = url.path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

extension CommandRuns {
    /// `senfenico config list|get|set|unset`, through the built binary.
    @Suite struct ConfigCommandTests {
        @Test func setGetAndListARoundTrip() async throws {
            let home = try PersistentHome()
            let set = try await home.run(["config", "set", "refresh", "10"])
            #expect(set.status == 0, "\(set.stderr)")
            #expect(set.stderr.contains("refresh = 10"))
            // A file made from nothing is private, in a private folder.
            #expect(try home.mode(of: home.configFile) == 0o600)
            #expect(try home.mode(of: home.url.path + "/config/senfenico") == 0o700)

            #expect(try await home.run(["config", "set", "thresholds.orange", "200 000"]).status == 0)
            #expect(try await home.run(["config", "set", "language", "fr", "--profile", "shop2"]).status == 0)

            let get = try await home.run(["config", "get", "refresh"])
            #expect(get.status == 0)
            #expect(get.stdout == "10\n")
            #expect(try await home.run(["config", "get", "language", "--profile", "shop2"]).stdout == "fr\n")
            let missing = try await home.run(["config", "get", "theme"])
            #expect(missing.status == 1)
            #expect(missing.stdout.isEmpty)

            let list = try await home.run(["config", "list"])
            #expect(
                list.stdout == """
                    profile.shop2.language = "fr"
                    refresh = 10
                    thresholds.orange = "200 000"

                    """)
            #expect(try await home.run(["config", "list", "--profile", "shop2"]).stdout == "language = \"fr\"\n")
            // SENFENICO_PROFILE picks the profile as --profile does.
            let byVariable = try await home.run(["config", "get", "language"], ["SENFENICO_PROFILE": "shop2"])
            #expect(byVariable.stdout == "fr\n")

            let unset = try await home.run(["config", "unset", "refresh"])
            #expect(unset.status == 0)
            #expect(try await home.run(["config", "get", "refresh"]).status == 1)
        }

        @Test func anExistingFileKeepsItsCommentsAndBecomesPrivate() async throws {
            let home = try PersistentHome()
            let original = """
                # The counter at the market
                refresh = 5   # seconds between balance reads
                theme = "default"

                # alerts for support staff
                [thresholds]
                orange = 1000

                """
            _ = try home.write(original, to: "config/senfenico/config.toml", mode: 0o644)
            let result = try await home.run(["config", "set", "refresh", "7"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try home.config() == original.replacingOccurrences(of: "refresh = 5", with: "refresh = 7"))
            #expect(try home.mode(of: home.configFile) == 0o600)
            #expect(try await home.run(["config", "set", "thresholds.moov", "5000"]).status == 0)
            #expect(try home.config().contains("[thresholds]\norange = 1000\nmoov = 5000\n"))
            #expect(try home.config().hasPrefix("# The counter at the market\n"))
            #expect(try home.mode(of: home.configFile) == 0o600)
        }

        @Test func badKeysAndValuesAreRefusedAndTheFileIsUnchanged() async throws {
            let home = try PersistentHome()
            #expect(try await home.run(["config", "set", "refresh", "5"]).status == 0)
            let before = try home.config()

            let unknown = try await home.run(["config", "set", "refesh", "5"])
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("Unknown setting \"refesh\""))
            #expect(unknown.stderr.contains("refresh"))

            let badValue = try await home.run(["config", "set", "refresh", "0"])
            #expect(badValue.status == 2)
            #expect(badValue.stderr.contains("refresh must be a number of seconds from 1 to 3600 (found: 0)"))

            let french = try await home.run(["config", "set", "language", "wolof", "--lang", "fr"])
            #expect(french.status == 2)
            #expect(french.stderr.contains("language doit valoir « fr » ou « en »"))

            let insecure = try await home.run(["config", "set", "base_url", "http://example.com"])
            #expect(insecure.status == 2)

            let badProfile = try await home.run(["config", "set", "theme", "x", "--profile", "a b"])
            #expect(badProfile.status == 2)
            #expect(try home.config() == before)
        }

        @Test func anAPIKeyIsNeverWritten() async throws {
            let home = try PersistentHome()
            let key = "sk_" + "test_" + "abcdefgh12345678wxyz"
            let named = try await home.run(["config", "set", "api_key", key])
            #expect(named.status == 2)
            #expect(named.stderr.contains("api_key_file"))
            #expect(!named.stderr.contains(key))
            let disguised = try await home.run(["config", "set", "theme", key])
            #expect(disguised.status == 2)
            #expect(!disguised.stderr.contains(key))
            #expect(!FileManager.default.fileExists(atPath: home.configFile))
        }

        @Test func aKeyFileIsCheckedWhenItIsSet() async throws {
            let home = try PersistentHome()
            let missing = try await home.run(["config", "set", "api_key_file", home.url.path + "/none.key"])
            #expect(missing.status == 0)
            #expect(missing.stderr.contains("does not exist yet"))
            let loose = try home.write("sk_" + "test_" + "loosekey12345678\n", to: "loose.key", mode: 0o644)
            let set = try await home.run(["config", "set", "api_key_file", loose, "--profile", "shop2"])
            #expect(set.status == 0)
            #expect(set.stderr.contains("chmod 600"))
            #expect(try home.config().contains("[profile.shop2]\napi_key_file = \"\(loose)\"\n"))
        }

        @Test func anUnknownProfileIsNamedWithTheKnownOnes() async throws {
            let home = try PersistentHome()
            #expect(try await home.run(["config", "set", "refresh", "9", "--profile", "shop2"]).status == 0)
            let list = try await home.run(["config", "list", "--profile", "shop3"])
            #expect(list.status == 8)
            #expect(list.stderr.contains("No profile \"shop3\""))
            #expect(list.stderr.contains("known profiles: shop2"))
            // Every command that connects says the same, before connecting.
            let balance = try await home.run(["balance", "--profile", "shop3"])
            #expect(balance.status == 8)
            #expect(balance.stderr.contains("known profiles: shop2"))
            let variable = try await home.run(["balance"], ["SENFENICO_PROFILE": "shop3"])
            #expect(variable.status == 8)
        }
    }
}
