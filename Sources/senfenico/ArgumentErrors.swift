import ArgumentParser
import Foundation
import Localization
import Settings

/// A command line swift-argument-parser refused: its message, in French when the user's language
/// is French (in English, word for word what the parser says), the nearest command when a word
/// is not one (`senfenico chargs list`: did you mean `charges list`?), and exit status 64.
enum ArgumentErrors {
    static func exit(with error: Error, arguments: [String]) -> Never {
        let status = Senfenico.exitCode(for: error)
        // Help, --version, completions, or an exit a validation chose: as the parser does it.
        guard status == .validationFailure else { Senfenico.exit(withError: error) }
        let language = language(arguments)
        var text = Senfenico.fullMessage(for: error)
        if language != .english {
            text = translate(text, message: Senfenico.message(for: error), to: language)
        }
        if let command = CommandSuggestion.nearest(to: arguments, in: CommandTree.senfenico()) {
            text += "\n" + Strings.Arguments.didYouMean.filling(["command": command]).text(in: language)
        }
        Console.err(text)
        Foundation.exit(status.rawValue)
    }

    /// `--lang` on the command line, else the settings (environment, config file, locale).
    static func language(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        var flag: Language?
        for (index, argument) in arguments.enumerated() {
            if argument == "--", flag == nil { break }
            if argument == "--lang", index + 1 < arguments.count {
                flag = Language(rawValue: arguments[index + 1].lowercased()) ?? flag
            } else if argument.hasPrefix("--lang=") {
                flag = Language(rawValue: argument.dropFirst("--lang=".count).lowercased()) ?? flag
            }
        }
        let resolver = SettingsResolver(flags: SettingsLayer(language: flag), environment: environment)
        return (try? resolver.resolve().language) ?? resolver.fallbackLanguage
    }

    /// The parser's whole text (`Error: MESSAGE`, the usage, `See '… --help' …`) in `language`.
    static func translate(_ full: String, message: String, to language: Language) -> String {
        typealias A = Strings.Arguments
        var lines: [String] = []
        let body = full.replacingOccurrences(of: message, with: translate(message, to: language))
        for line in body.components(separatedBy: "\n") {
            if line.hasPrefix("Error: ") {
                lines.append(A.errorPrefix.text(in: language) + line.dropFirst("Error: ".count))
            } else if line.hasPrefix("Help:  ") {
                lines.append(A.help.text(in: language) + "  " + line.dropFirst("Help:  ".count))
            } else if line.hasPrefix("Usage: ") {
                lines.append(A.usage.text(in: language) + " " + line.dropFirst("Usage: ".count))
            } else if let match = line.wholeMatch(of: #/(\s*)See '(.+)' for more information\./#) {
                lines.append(
                    String(match.output.1) + A.seeHelp.filling(["command": String(match.output.2)]).text(in: language))
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One of the parser's messages in `language`; one it does not know stays as it is (the
    /// commands' own validation messages are already in the user's language).
    static func translate(_ message: String, to language: Language) -> String {
        typealias A = Strings.Arguments
        func say(_ text: LocalizedText, _ values: [String: String]) -> String {
            text.filling(values).text(in: language)
        }
        if let match = message.wholeMatch(of: #/Unknown option '(.+?)'\. Did you mean '(.+?)'\?/#) {
            return say(
                A.unknownOptionSuggestion, ["name": String(match.output.1), "suggestion": String(match.output.2)])
        }
        if let match = message.wholeMatch(of: #/Unknown option '(.+)'/#) {
            return say(A.unknownOption, ["name": String(match.output.1)])
        }
        if let match = message.wholeMatch(of: #/Missing value for '(.+)'/#) {
            return say(A.missingValue, ["name": String(match.output.1)])
        }
        if let match = message.wholeMatch(of: #/Missing expected argument '(.+)'/#) {
            return say(A.missingArgument, ["name": String(match.output.1)])
        }
        if let match = message.wholeMatch(of: #/Unexpected argument '(.*)'/#) {
            return say(A.unexpectedArgument, ["value": String(match.output.1)])
        }
        if let match = message.wholeMatch(of: #/(\d+) unexpected arguments: (.*)/#) {
            return say(A.unexpectedArguments, ["count": String(match.output.1), "values": String(match.output.2)])
        }
        if let match = message.wholeMatch(of: #/(?s)The value '(.*?)' is invalid for '(.+?)'(.*)/#) {
            let head = say(A.invalidValue, ["value": String(match.output.1), "name": String(match.output.2)])
            let rest = String(match.output.3)
            if let choices = rest.wholeMatch(of: #/\. Please provide one of (.+)\./#) {
                let values = String(choices.output.1).replacingOccurrences(
                    of: "' or '", with: "'\(A.or.text(in: language))'"
                )
                .replacingOccurrences(of: "' and '", with: "'\(A.and.text(in: language))'")
                return head + say(A.invalidValueChoices, ["values": values])
            }
            if let list = rest.wholeMatch(of: #/(?s)\. Please provide one of the following:(\n.*)/#) {
                return head + A.invalidValueList.text(in: language) + String(list.output.1)
            }
            return head + rest
        }
        return message
    }
}

/// The command a mistyped word was probably meant to be: each word where a command is expected
/// is compared with that level's commands (nested ones included, `charges lst`), by edit
/// distance.
enum CommandSuggestion {
    /// `charges list` for `chargs list`; nil when every command word is right.
    static func nearest(to arguments: [String], in root: CommandTree) -> String? {
        let best = match(arguments[...], root)
        return best.corrected && !best.path.isEmpty ? best.path.joined(separator: " ") : nil
    }

    /// The command path `arguments` most likely meant, and what it costs: the edits made to its
    /// words, plus words left over where none is expected. Every near command is tried, so that
    /// `chargs list` is `charges list` (the next word fits) rather than `charge` (as near).
    private static func match(_ arguments: ArraySlice<String>, _ node: CommandTree) -> (
        path: [String], cost: Int, corrected: Bool
    ) {
        var rest = arguments
        while let word = rest.first, word.hasPrefix("-") {
            if word == "--" { return ([], 0, false) }
            rest = rest.dropFirst()
            // The value of an option of this command is not a command.
            if !word.contains("="), node.option(named: word)?.takesValue == true { rest = rest.dropFirst() }
        }
        guard let word = rest.first else { return ([], 0, false) }
        let children = node.visibleSubcommands
        guard !children.isEmpty else {
            let takesArguments = (node.arguments ?? []).contains { $0.kind == "positional" }
            return ([], takesArguments ? 0 : 1, false)
        }
        let candidates: [(command: CommandTree, cost: Int)]
        if let exact = children.first(where: { $0.commandName == word }) {
            candidates = [(exact, 0)]
        } else {
            candidates = near(word, among: children)
        }
        // A word no command is near: nothing to suggest from here on.
        guard !candidates.isEmpty else { return ([], 3, false) }
        let tried = candidates.map { candidate in
            let after = match(rest.dropFirst(), candidate.command)
            return (
                path: [candidate.command.commandName] + after.path, cost: candidate.cost + after.cost,
                corrected: candidate.cost > 0 || after.corrected
            )
        }
        return tried.min { $0.cost < $1.cost }!
    }

    /// The commands within 1 edit of `word` (2 for words of 6 letters or more), else the only
    /// one `word` begins (3 letters at least), with their distance.
    private static func near(_ word: String, among commands: [CommandTree]) -> [(command: CommandTree, cost: Int)] {
        let lowered = word.lowercased()
        let limit = lowered.count >= 6 ? 2 : 1
        let scored = commands.map { (command: $0, cost: distance(lowered, $0.commandName)) }.filter { $0.cost <= limit }
        if !scored.isEmpty { return scored }
        let prefixed = commands.filter { lowered.count >= 3 && $0.commandName.hasPrefix(lowered) }
        return prefixed.count == 1 ? [(prefixed[0], limit + 1)] : []
    }

    /// Levenshtein distance, with a swap of two neighbours counted as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
