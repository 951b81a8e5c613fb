import Foundation

/// zbarimg (Debian's zbar-tools), an independent decoder: a code these tests produce counts as
/// right only when a real reader gets the exact text back.
///
/// zbarimg is not on a stock machine, and `swift test` must pass there: outside CI the read-back
/// tests are skipped, with the reason in the test's name and comment. Under CI (`CI=true`),
/// whose `.ci/run` installs zbar-tools, they always run and a missing zbarimg fails them: a
/// skipped proof there would be no proof. The golden matrices are checked on every run anyway.
enum Zbar {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Whether this run is CI's, where every read-back must happen.
    static var isCI: Bool {
        ["true", "1", "yes"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")
    }

    /// Whether the read-back tests run: zbarimg is there, or CI requires it.
    static var shouldRun: Bool { isCI || (try? executable()) != nil }

    /// The zbarimg on PATH.
    static func executable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("zbarimg")
            // A bind mount of /dev/null over it (as the fresh-machine check does) is no reader.
            if FileManager.default.isExecutableFile(atPath: candidate.path),
                let size = try? FileManager.default.attributesOfItem(atPath: candidate.path)[.size] as? Int, size > 0
            {
                return candidate
            }
        }
        throw Failure(
            description: "zbarimg is not on PATH: install zbar-tools (apt-get install zbar-tools) to run the QR tests")
    }

    /// Writes `image` (any netpbm file) to a temporary file and returns what `zbarimg --raw -q`
    /// reads in it, without the newline zbarimg ends with.
    static func decode(_ image: [UInt8]) throws -> String {
        let zbarimg = try executable()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pbm")
        try Data(image).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = zbarimg
        process.arguments = ["--raw", "-q", file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting: a full pipe would otherwise block zbarimg forever.
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            // zbarimg exits with 4 when it finds no code in the image.
            throw Failure(
                description: "zbarimg exited with \(process.terminationStatus): "
                    + String(decoding: complaint, as: UTF8.self))
        }
        var decoded = String(decoding: text, as: UTF8.self)
        if decoded.hasSuffix("\n") { decoded.removeLast() }
        return decoded
    }
}
