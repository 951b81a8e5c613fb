import Foundation

/// The dashboard itself on a pseudo-terminal (util-linux `script`, 120x40): keys typed after a
/// pause, everything it drew returned as bytes. Its own drawing is full of escape sequences, so
/// tests look for what a server sent, never for ESC as such.
enum DashboardOnATerminal {
    struct Run {
        var status: Int32
        var output: [UInt8]
        var seconds: Double
    }

    static func run(
        _ arguments: [String], environment extra: [String: String], typed: String, after pause: Double
    ) async throws -> Run {
        let binary = try CLI.binary()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SENFENICO_") }
        environment["HOME"] = home.path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.merge(extra) { $1 }
        let command = "stty cols 120 rows 40; exec " + ([binary.path] + arguments).map(quoted).joined(separator: " ")
        let finalEnvironment = environment
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let started = Date()
                let process = Process()
                process.executableURL = URL(fileURLWithPath: TerminalRun.script)
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
                let collected = DispatchGroup()
                nonisolated(unsafe) var bytes = Data()
                DispatchQueue.global().async(group: collected) {
                    bytes = output.fileHandleForReading.readDataToEndOfFile()
                }
                Thread.sleep(forTimeInterval: pause)
                input.fileHandleForWriting.write(Data(typed.utf8))
                process.waitUntilExit()
                try? input.fileHandleForWriting.close()
                collected.wait()
                continuation.resume(
                    returning: Run(
                        status: process.terminationStatus, output: Array(bytes),
                        seconds: Date().timeIntervalSince(started)))
            }
        }
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
