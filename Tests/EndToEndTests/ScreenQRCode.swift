import Foundation

/// Reads a QR code drawn in half blocks back from a captured tmux screen and decodes it with
/// zbarimg, a real reader: what a phone held to the counter's screen would get.
///
/// zbarimg is not on a stock machine: there, outside CI, `decode` still finds the code on the
/// screen but returns nil instead of its text, and the test says it did not read it. Under CI
/// (`CI=true`, whose `.ci/run` installs zbar-tools) a missing zbarimg fails.
enum ScreenQRCode {
    /// Whether zbarimg can be run here (a bind mount of /dev/null over it does not count).
    static var canRead: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { directory in
            let candidate = "\(directory)/zbarimg"
            let size = (try? FileManager.default.attributesOfItem(atPath: candidate)[.size] as? Int) ?? 0
            return FileManager.default.isExecutableFile(atPath: candidate) && size > 0
        }
    }

    /// Whether this run is CI's, where every code must be read back.
    static var isCI: Bool {
        ["true", "1", "yes"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")
    }

    /// The text of the first QR code on the screen, or nil outside CI when zbarimg is missing
    /// (the code must still be on the screen, with a square of at least 21 modules).
    static func decode(_ screen: String) throws -> String? {
        let lines = screen.components(separatedBy: "\n").map { Array($0) }
        // The code's top line is its light quiet zone: a long run of full blocks.
        guard let top = lines.firstIndex(where: { longestRun(of: "█", in: $0).count >= 21 }) else {
            throw EndToEndFailure("no QR code on the screen:\n\(screen)")
        }
        let run = longestRun(of: "█", in: lines[top])
        var modules: [[Bool]] = []  // true = light
        for line in lines[top...] {
            guard line.count >= run.upperBound else { break }
            let slice = line[run]
            guard slice.allSatisfy({ "█▀▄ ".contains($0) }) else { break }
            modules.append(slice.map { $0 == "█" || $0 == "▀" })
            modules.append(slice.map { $0 == "█" || $0 == "▄" })
        }
        guard modules.count >= 21 else { throw EndToEndFailure("the QR code on the screen is cut:\n\(screen)") }
        guard canRead || isCI else {
            print("ScreenQRCode: zbarimg (zbar-tools) is missing, the code on the screen was found but not read back")
            return nil
        }
        return try zbar(pbm(modules))
    }

    private static func longestRun(of character: Character, in line: [Character]) -> Range<Int> {
        var best = 0..<0
        var start: Int?
        for index in 0...line.count {
            if index < line.count, line[index] == character {
                if start == nil { start = index }
            } else if let begin = start {
                if index - begin > best.count { best = begin..<index }
                start = nil
            }
        }
        return best
    }

    /// A plain PBM, 4 pixels per module, inside a dark border like the terminal's background.
    private static func pbm(_ light: [[Bool]]) -> String {
        let scale = 4
        let border = 2
        let width = (light.first?.count ?? 0) + 2 * border
        let height = light.count + 2 * border
        var text = "P1\n\(width * scale) \(height * scale)\n"
        for row in 0..<height {
            var line = ""
            for column in 0..<width {
                let inside = (border..<height - border).contains(row) && (border..<width - border).contains(column)
                let isLight = inside && light[row - border][column - border]
                line += String(repeating: isLight ? "0 " : "1 ", count: scale)
            }
            text += String(repeating: line + "\n", count: scale)
        }
        return text
    }

    private static func zbar(_ image: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("screen-qr-\(UUID().uuidString).pbm")
        try image.write(to: file, atomically: true, encoding: .ascii)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try TmuxSession.run(
            "zbarimg", ["--raw", "-q", file.path], missing: "install zbar-tools: apt-get install zbar-tools",
            // zbarimg complains on standard error when there is no D-Bus; only the text counts.
            keepErrors: false)
        return text.trimmingCharacters(in: .newlines)
    }
}
