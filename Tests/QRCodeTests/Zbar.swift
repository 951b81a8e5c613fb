import Foundation

/// zbarimg (Debian's zbar-tools), an independent decoder: a code these tests produce counts as
/// right only when a real reader gets the exact text back. A missing zbarimg fails the test
/// rather than skipping it, because CI installs it and a skipped proof is no proof.
enum Zbar {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The zbarimg on PATH.
    static func executable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("zbarimg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
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
