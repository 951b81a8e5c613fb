import Foundation
import Localization
import SenfenicoAPI

/// How `listen` shows each webhook: a line (time, verdict, event, reference, forward) then the
/// object's fields indented; or, with `--json`, one JSON object per line. Text from the sender
/// goes through the console's sanitiser; only our own colour codes are added around it.
struct ListenPrinter: Sendable {
    let language: Language
    let json: Bool
    let colour: Bool

    enum Forward: Sendable {
        case answered(Int)
        case failed(String)
    }

    func accepted(_ event: WebhookEvent, verified: Bool, notes: [String], forward: Forward?) {
        let object = event.object
        if json {
            var members: [PythonJSON.Member] = [
                .init("event", .string(event.name)), .init("verified", verified ? .bool(true) : .null),
                .init("data", object ?? .string(event.data)),
            ]
            switch forward {
            case .answered(let status): members.append(.init("forward_status", .integer(status)))
            case .failed(let reason): members.append(.init("forward_error", .string(reason)))
            case nil: break
            }
            Console.json(PythonJSON.object(members).pythonDumpsText)
            return
        }
        typealias W = Strings.Webhooks
        var line = time() + "  "
        line += paint(verified ? W.verified.text(in: language) : W.unchecked.text(in: language), verified ? "32" : "33")
        line += "  " + paint(Console.safe(event.name), "1")
        if let reference = object?["reference"]?.stringValue { line += "  " + Console.safe(reference) }
        switch forward {
        case .answered(let status):
            line +=
                "  "
                + paint(
                    W.forwarded.filling(["status": String(status)]).text(in: language),
                    (200..<300).contains(status) ? "32" : "31")
        case .failed(let reason):
            line += "  " + paint(W.forwardFailed.filling(["reason": Console.safe(reason)]).text(in: language), "31")
        case nil: break
        }
        var text = line + "\n"
        if let object {
            text += fields(object, indent: "    ")
        } else {
            text += "    " + Console.safe(event.data) + "\n"
        }
        for note in notes { text += "    " + paint(note, "2") + "\n" }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func refused(event: String?, reason: String) {
        if json {
            Console.json(
                PythonJSON.object([
                    .init("event", event.map { .string($0) } ?? .null), .init("verified", .bool(false)),
                    .init("reason", .string(reason)),
                ]).pythonDumpsText)
            return
        }
        var line = time() + "  " + paint(Strings.Webhooks.refused.text(in: language), "1;31")
        if let event { line += "  " + paint(Console.safe(event), "1") }
        line += "  " + Console.safe(reason) + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// `name: value` lines, nested objects and lists indented below their name.
    private func fields(_ value: PythonJSON, indent: String) -> String {
        var text = ""
        switch value {
        case .object(let members):
            for member in members {
                let name = paint(Console.safe(member.key.text), "36") + ":"
                switch member.value {
                case .object(let inner) where inner.isEmpty: text += indent + name + " {}\n"
                case .array(let inner) where inner.isEmpty: text += indent + name + " []\n"
                case .object, .array:
                    text += indent + name + "\n" + fields(member.value, indent: indent + "  ")
                default:
                    text += indent + name + " " + scalar(member.value) + "\n"
                }
            }
        case .array(let items):
            for item in items {
                switch item {
                case .object, .array: text += indent + "-\n" + fields(item, indent: indent + "  ")
                default: text += indent + "- " + scalar(item) + "\n"
                }
            }
        default:
            text += indent + scalar(value) + "\n"
        }
        return text
    }

    private func scalar(_ value: PythonJSON) -> String {
        switch value {
        case .string(let text): Console.safe(text.text)
        case .null: paint("null", "2")
        default: value.pythonDumpsText
        }
    }

    private func time() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
