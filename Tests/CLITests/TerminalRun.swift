import Foundation

/// Runs the built binary on a pseudo-terminal through util-linux `script`, so that standard input
/// and standard error are a TTY as for a person; `typed` is what the person types.
enum TerminalRun {
    static let script = "/usr/bin/script"

    static var available: Bool { FileManager.default.isExecutableFile(atPath: script) }

    static func run(_ arguments: [String], environment extra: [String: String], typed: String) async throws
        -> CLIResult
    {
        let binary = try CLI.binary()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SENFENICO_") }
        environment["HOME"] = home.path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment.merge(extra) { $1 }
        let command = ([binary.path] + arguments).map(quoted).joined(separator: " ")
        let finalEnvironment = environment

        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: script)
                process.arguments = ["-qec", command, "/dev/null"]
                process.environment = finalEnvironment
                let input = Pipe()
                let output = Pipe()
                process.standardInput = input
                process.standardOutput = output
                process.standardError = output
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                // Typed once the question is likely on the screen; the terminal keeps it anyway.
                Thread.sleep(forTimeInterval: 0.5)
                input.fileHandleForWriting.write(Data(typed.utf8))
                let data = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                try? input.fileHandleForWriting.close()
                let text = String(decoding: data, as: UTF8.self)
                continuation.resume(returning: CLIResult(status: process.terminationStatus, stdout: text, stderr: text))
            }
        }
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
