import ArgumentParser
import Foundation

/// The command tree as swift-argument-parser describes it (the JSON of `--experimental-dump-help`,
/// `ArgumentParserToolInfo`'s `CommandInfoV0`, which the package does not export as a product):
/// the names, help texts and options `--help` shows, for the man page and for the nearest
/// command to a mistyped one.
struct CommandTree: Decodable {
    struct Name: Decodable {
        let kind: String
        let name: String

        /// `--json`, `-y`.
        var flag: String { kind == "short" || kind == "longWithSingleDash" ? "-" + name : "--" + name }
    }

    struct Argument: Decodable {
        /// `positional`, `option` or `flag`.
        let kind: String
        let shouldDisplay: Bool
        let isOptional: Bool
        let isRepeating: Bool
        let names: [Name]?
        let valueName: String?
        let defaultValue: String?
        let abstract: String?
        let discussion: String?

        var takesValue: Bool { kind == "option" }
    }

    let commandName: String
    let shouldDisplay: Bool?
    let abstract: String?
    let discussion: String?
    let defaultSubcommand: String?
    let subcommands: [CommandTree]?
    let arguments: [Argument]?

    /// The subcommands `--help` lists (hidden ones left out).
    var visibleSubcommands: [CommandTree] { (subcommands ?? []).filter { $0.shouldDisplay != false } }

    /// The arguments `--help` lists, without `--help` and `--version` themselves.
    var visibleArguments: [Argument] {
        (arguments ?? []).filter { argument in
            argument.shouldDisplay
                && !(argument.names ?? []).contains { $0.name == "help" || $0.name == "version" }
        }
    }

    /// The option named `flag` (`--lang`), here or in the default subcommand that takes this
    /// command's options when none is named.
    func option(named flag: String) -> Argument? {
        let own = (arguments ?? []).first { ($0.names ?? []).contains { $0.flag == flag } }
        if let own { return own }
        guard let defaultSubcommand else { return nil }
        return subcommands?.first { $0.commandName == defaultSubcommand }?.option(named: flag)
    }

    /// `senfenico`'s whole tree.
    static func senfenico() -> CommandTree {
        struct Dump: Decodable { let command: CommandTree }
        do {
            return try JSONDecoder().decode(Dump.self, from: Data(Senfenico._dumpHelp().utf8)).command
        } catch {
            fatalError("swift-argument-parser's description of the commands cannot be read: \(error)")
        }
    }
}
