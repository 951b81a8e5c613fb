import Foundation
import Testing

@testable import Settings

#if canImport(Glibc)
    import Glibc
#endif

/// Running sandboxes announce themselves in private files named by pid; readers take the
/// newest live one and clear the records of processes that are gone.
@Suite struct SandboxRegistryTests {
    @Test func theRuntimeFolderIsPreferredThenTheStateFolder() {
        #expect(
            SandboxRegistry.directory(environment: ["XDG_RUNTIME_DIR": "/run/user/1000", "HOME": "/home/awa"])
                == "/run/user/1000/senfenico/sandboxes")
        #expect(
            SandboxRegistry.directory(environment: ["XDG_RUNTIME_DIR": "relative", "HOME": "/home/awa"])
                == "/home/awa/.local/state/senfenico/sandboxes")
        #expect(
            SandboxRegistry.directory(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/awa"])
                == "/state/senfenico/sandboxes")
    }

    @Test func theNewestLiveSandboxWinsAndDeadOnesAreCleared() throws {
        let folder = try TemporaryDirectory()
        let environment = ["XDG_RUNTIME_DIR": folder.path, "HOME": folder.path]
        #expect(SandboxRegistry.newest(environment: environment) == nil)

        // A pid no process has (beyond any pid_max), as a crashed sandbox leaves behind.
        let dead = SandboxRecord(
            url: "http://127.0.0.1:1", pid: 2_147_483_000, kind: .standalone, key: nil, started: 300)
        let older = SandboxRecord(url: "http://127.0.0.1:2", pid: 1, kind: .standalone, key: nil, started: 100)
        let mine = SandboxRecord(
            url: "http://127.0.0.1:3", pid: getpid(), kind: .embedded, key: "sk_test_" + "embedded_sandbox",
            started: 200)
        for record in [dead, older, mine] {
            let path = try #require(SandboxRegistry.register(record, environment: environment))
            #expect(try folder.mode(of: "senfenico/sandboxes/\((path as NSString).lastPathComponent)") == 0o600)
        }
        #expect(try folder.mode(of: "senfenico/sandboxes") == 0o700)

        // pid 1 (init) is alive; the dead record is ignored and removed.
        #expect(SandboxRegistry.running(environment: environment) == [mine, older])
        #expect(SandboxRegistry.newest(environment: environment) == mine)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/senfenico/sandboxes")
        #expect(left.sorted() == ["1.json", "\(getpid()).json"].sorted())

        SandboxRegistry.remove(environment: environment)
        #expect(SandboxRegistry.newest(environment: environment) == older)
    }
}
