import Foundation

/// Runs the built binary on a pseudo-terminal through util-linux `script`, so that standard input
/// and standard error are a TTY as for a person; `typed` is what the person types, after `pause`.
enum TerminalRun {
    static let script = "/usr/bin/script"

    static var available: Bool { FileManager.default.isExecutableFile(atPath: script) }

    /// What a run on the terminal gave: everything written to it, as bytes.
    struct Output {
        var status: Int32
        var bytes: [UInt8]
        var seconds: Double
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// A command that asks a question: what it printed as the `CLIResult` the other tests read.
    static func run(_ arguments: [String], environment extra: [String: String], typed: String) async throws
        -> CLIResult
    {
        let output = try await session(arguments, environment: extra, typed: typed, after: 0.5)
        return CLIResult(status: output.status, stdout: output.text, stderr: output.text)
    }

    /// The dashboard or any command on a 120x40 terminal (TERM=xterm-256color), `typed` sent
    /// after `pause` seconds (the question, or the first frame, is likely on screen by then; the
    /// terminal keeps the keys anyway).
    static func session(
        _ arguments: [String], environment extra: [String: String], typed: String, after pause: Double
    ) async throws -> Output {
        let binary = try CLI.binary()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = CLI.environment(home: home, ["TERM": "xterm-256color"].merging(extra) { $1 })
        let command = "stty cols 120 rows 40; exec " + ([binary.path] + arguments).map(quoted).joined(separator: " ")

        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let started = Date()
                let process = Process()
                process.executableURL = URL(fileURLWithPath: script)
                process.arguments = ["-qec", command, "/dev/null"]
                process.environment = environment
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
                // Read while it runs: a full pipe would stop the program before it reads the keys.
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
                    returning: Output(
                        status: process.terminationStatus, bytes: Array(bytes),
                        seconds: Date().timeIntervalSince(started)))
            }
        }
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
