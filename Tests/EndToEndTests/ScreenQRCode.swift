import Foundation

/// Reads a QR code drawn in half blocks back from a captured tmux screen and decodes it with
/// zbarimg, a real reader: what a phone held to the counter's screen would get.
enum ScreenQRCode {
    /// The text of the first QR code on the screen.
    static func decode(_ screen: String) throws -> String {
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
