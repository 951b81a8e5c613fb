import Foundation

extension Exchange {
    /// An exchange as a request log shows it; the client makes these itself, tests and replays
    /// use this.
    public init(
        operation: Operation, path: String, status: Int?, latency: Duration, attempt: Int = 1,
        requestBody: String? = nil, responseSample: String = "", responseBytes: Int? = nil, failure: String? = nil
    ) {
        self.operation = operation
        self.path = path
        self.status = status
        self.latency = latency
        self.attempt = attempt
        self.requestBody = requestBody
        self.responseSample = responseSample
        self.responseBytes = responseBytes ?? responseSample.utf8.count
        self.failure = failure
    }

    /// True when the answer was longer than the sample kept of it
    /// (`ClientConfiguration.exchangeBodyLimit`).
    public var isResponseTruncated: Bool {
        responseBytes > responseSample.utf8.count
    }

    /// The same request as a `curl` command to paste in a shell: method, full URL, the headers
    /// the client sends and the body. The key is never in it: the header reads it from
    /// `$SENFENICO_API_KEY` when the command runs, and anything shaped like a key in the body
    /// or the path is removed.
    ///
    /// - Parameter baseURL: scheme, host and port, as the client was configured.
    public func curlCommand(baseURL: String) -> String {
        var base = baseURL.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        var lines = [
            "curl --request \(method.rawValue) \(Self.shellQuoted(Self.withoutKeys(base + path)))",
            #"--header "X-API-KEY: $SENFENICO_API_KEY""#,
            "--header 'Accept: application/json'",
        ]
        if let body = requestBody, !body.isEmpty {
            lines.append("--header 'Content-Type: application/json'")
            lines.append("--data " + Self.shellQuoted(Self.withoutKeys(body)))
        }
        return lines.joined(separator: " \\\n  ")
    }

    /// `text` as one shell word: single quotes keep everything literal (`$`, backslashes,
    /// newlines); a single quote inside is closed, escaped and reopened (`'\''`).
    public static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// Replaces every `sk_test_…` / `sk_live_…` token, masked or not, with a placeholder. The
    /// client already scrubs its own key; this keeps any key out of a command that is copied
    /// around and saved to a file.
    static func withoutKeys(_ text: String) -> String {
        guard text.contains("sk_") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.firstRange(of: "sk_") {
            let after = rest[range.upperBound...]
            // A key starts a word: `task_test_x` holds none.
            let previous = rest[..<range.lowerBound].last ?? result.last
            let startsWord = previous.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
            let mode = startsWord ? ["test_", "live_"].first { after.hasPrefix($0) } : nil
            result += rest[..<range.lowerBound]
            guard let mode else {
                result += "sk_"
                rest = after
                continue
            }
            let token = after.dropFirst(mode.count)
            let tail = token.drop { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "…" }
            result += "[API key removed]"
            rest = tail
        }
        return result + rest
    }
}
