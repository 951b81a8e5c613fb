import Foundation
import SenfenicoAPI

/// One request the sandbox answered, as `senfenico sandbox` prints it and `senfenico logs tail`
/// follows it. It never holds the API key: only a short fingerprint of it (the same one the
/// journal files operations under), so a log can be shared without sharing the key.
public struct RequestLogEntry: Sendable, Equatable {
    /// When the request arrived, on the machine's clock (not the sandbox's, which
    /// `/_sandbox/time/advance` moves).
    public var time: Date
    public var method: String
    /// The path only: a query string could carry anything, so it is never logged.
    public var path: String
    public var status: Int
    public var durationMilliseconds: Int
    /// ``SenfenicoAPI/APIKey/fingerprint`` of the key sent, `nil` when none (or not a key) was.
    public var account: String?
    /// The answer's `error_code`, `VALIDATION_ERROR` for a field error, `nil` otherwise.
    public var errorCode: String?

    public init(
        time: Date, method: String, path: String, status: Int, durationMilliseconds: Int, account: String?,
        errorCode: String?
    ) {
        self.time = time
        self.method = method
        self.path = path
        self.status = status
        self.durationMilliseconds = durationMilliseconds
        self.account = account
        self.errorCode = errorCode
    }

    /// The fingerprint of a key as sent in `X-API-KEY`; `nil` for anything that is not a key,
    /// so that a mistyped secret pasted there is not even fingerprinted.
    public static func fingerprint(ofKey key: String?) -> String? {
        guard let key = key?.trimmingCharacters(in: .whitespaces), let apiKey = APIKey(key), apiKey.mode != .unknown
        else { return nil }
        return apiKey.fingerprint
    }

    // MARK: Text and JSON lines

    /// `15:04:05.123 POST   /v1/payment/charges/        201   12 ms  3f2a9c0d1e4b  -`: local
    /// time, padded columns so a terminal of lines reads as a table.
    public func textLine(timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute, .second, .nanosecond], from: time)
        let clock = String(
            format: "%02d:%02d:%02d.%03d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0,
            (parts.nanosecond ?? 0) / 1_000_000)
        let columns = [
            clock, Self.padded(method, 6), Self.padded(path, 28), String(status),
            Self.padded(String(format: "%5d ms", durationMilliseconds), 8), Self.padded(account ?? "-", 12),
            errorCode ?? "-",
        ]
        return columns.joined(separator: " ")
    }

    /// One JSON object on one line, keys in a fixed order:
    /// `{"time":"2026-11-30T15:04:05.123Z","method":"POST","path":"/v1/payment/charges/",
    /// "status":201,"duration_ms":12,"account":"3f2a9c0d1e4b","error_code":null}`.
    public var jsonLine: String {
        var json = JSONWriter()
        json.object { json in
            json.member("time", Self.isoFormat.format(time))
            json.member("method", method)
            json.member("path", path)
            json.member("status", number: String(status))
            json.member("duration_ms", number: String(durationMilliseconds))
            json.member("account", account)
            json.member("error_code", errorCode)
        }
        return json.text
    }

    /// Reads back a ``jsonLine``; `nil` for a line that is not one (a heartbeat, a newer field
    /// set is fine: unknown keys are ignored).
    public init?(jsonLine line: some StringProtocol) {
        guard let data = line.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let timeText = object["time"] as? String, let time = try? Self.isoFormat.parse(timeText),
            let method = object["method"] as? String, let path = object["path"] as? String,
            let status = (object["status"] as? NSNumber)?.intValue
        else { return nil }
        self.init(
            time: time, method: method, path: path, status: status,
            durationMilliseconds: (object["duration_ms"] as? NSNumber)?.intValue ?? 0,
            account: object["account"] as? String, errorCode: object["error_code"] as? String)
    }

    private static let isoFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    private static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

/// How the standalone sandbox prints each request: `--log-format text|json`.
public enum RequestLogFormat: String, Sendable, CaseIterable {
    case text
    case json

    public func line(_ entry: RequestLogEntry) -> String {
        switch self {
        case .text: entry.textLine()
        case .json: entry.jsonLine
        }
    }
}
