import Foundation
import Logging
import SenfenicoAPI

/// One log entry as one line: `2024-08-18T12:53:03.120Z warning senfenico.client: message key=value`.
enum LogLine {
    static func format(
        time: Date, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata
    ) -> String {
        // Any key-shaped text is masked here too, whoever's key it is (the sink's redactor
        // only knows the key in use).
        var line = "\(timestamp(time)) \(level) \(label): \(escaped(TextSanitizer.maskingKeys(message)))"
        for key in metadata.keys.sorted() {
            let value = TextSanitizer.maskingKeys(metadata[key].map { "\($0)" } ?? "")
            line += " \(escaped(key))=\(escaped(value))"
        }
        return line
    }

    static func timestamp(_ time: Date) -> String {
        time.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// A newline would split an entry in two; an escape sequence from a server's answer would
    /// act on the terminal of whoever runs `tail -f` on the log.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.properties.generalCategory == .control:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
