import Foundation
import Localization

/// The parts of the documentation that are not options: what `senfenico --help` says after the
/// commands, and the man page's DESCRIPTION, EXIT STATUS, ENVIRONMENT, FILES, KEYS and EXAMPLES.
/// Both are made from these lists, so the two cannot say different things.
enum ManualText {
    /// A term and what it means: an exit status, a variable, a file, a key, an example.
    struct Item {
        let term: String
        let text: String
    }

    static let abstract =
        "A terminal for the Senfenico mobile-money API (Orange Money, Moov Money, Coris Money, Sank Money)."

    static let description = [
        """
        With no API key, starts a local sandbox that behaves like Senfenico's test mode and opens the \
        dashboard on it. Set SENFENICO_API_KEY=sk_test_… (or sk_live_…) to use Senfenico.
        """,
        """
        The scriptable commands (overview, balance, charges, transfers, settlements, checkouts, \
        journal) print a table, or with --json JSON and nothing else on standard output: the API's \
        answer exactly as received, also when Senfenico refuses a request. The key comes from \
        SENFENICO_API_KEY, SENFENICO_API_KEY_FILE, --api-key-file or the config file, never from an \
        argument (it would show in the process list).
        """,
        """
        With a sk_live_ key, charges create, transfers create, settlements create and transfers bulk \
        send nothing until the amount (for a bulk file, its total) is typed on the terminal, or, \
        without a terminal, given again with --confirm-live AMOUNT. Flag values and CSV cells with \
        control characters (line breaks, escape sequences, bidi overrides) are refused.
        """,
        """
        `senfenico completion bash|zsh|fish` prints a shell completion script; `senfenico --version` \
        the version, the commit it was built from and the Swift version.
        """,
    ]

    static let exitStatus = [
        Item(term: "0", text: "success"),
        Item(
            term: "1", text: "declined at the question (or another live amount typed); journal entry missing or settled"
        ),
        Item(
            term: "2",
            text: "input refused before sending (amount, phone, OTP, URL, CSV file, control character, live amount)"),
        Item(term: "3", text: "API key refused (by Senfenico, or not sk_test_… / sk_live_…)"),
        Item(term: "4", text: "Senfenico refused: its error code in brackets, else the HTTP status"),
        Item(term: "5", text: "no answer (network, timeout) to a request safe to send again"),
        Item(term: "6", text: "a payment request was sent, its answer lost: check before resending"),
        Item(term: "7", text: "the answer was not Senfenico's JSON, or a redirect was refused"),
        Item(term: "8", text: "configuration: config/key file, base URL, journal, unwritable file"),
        Item(term: "9", text: "bulk transfer done, but not every row of the file was queued"),
        Item(term: "64", text: "bad command line (unknown command or option; --yes needed without a terminal)"),
        Item(term: "128+N", text: "the dashboard was stopped by signal N"),
    ]

    static let environment = [
        Item(term: "SENFENICO_API_KEY", text: "the API key, sk_test_… or sk_live_… (none: the embedded sandbox)"),
        Item(term: "SENFENICO_API_KEY_FILE", text: "a file holding the API key"),
        Item(term: "SENFENICO_BASE_URL", text: "the API address (default https://api.senfenico.com)"),
        Item(term: "SENFENICO_REFRESH", text: "seconds between two balance refreshes in the dashboard"),
        Item(term: "SENFENICO_THEME", text: "the dashboard's colour theme"),
        Item(term: "SENFENICO_LANG", text: "the language of messages: fr or en"),
        Item(
            term: "SENFENICO_PROFILE",
            text: "the [profile.NAME] of the configuration file to use (as --profile; flags and variables still win)"),
        Item(term: "SENFENICO_LOG_FILE", text: "the file log lines are appended to"),
        Item(term: "SENFENICO_SANDBOX_FAULTS", text: "faults the sandbox injects (see senfenico sandbox serve --help)"),
        Item(term: "LC_ALL, LC_MESSAGES, LANG", text: "the language when none is set: French when it starts with fr"),
        Item(term: "XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME, HOME", text: "where the files below live"),
        Item(term: "NO_COLOR, COLORTERM, TERM", text: "the colours the dashboard uses (NO_COLOR: none)"),
    ]

    static let files = [
        Item(
            term: "$XDG_CONFIG_HOME/senfenico/config.toml",
            text: "the configuration file (else ~/.config/senfenico/config.toml)"),
        Item(
            term: "$XDG_DATA_HOME/senfenico/journal.sqlite",
            text: "the journal of this terminal's charges and transfers (else ~/.local/share/senfenico/journal.sqlite)"
        ),
        Item(
            term: "$XDG_DATA_HOME/senfenico/exports/senfenico-DAY.csv",
            text: "the day's charges exported from the dashboard (e), beside the journal"),
        Item(
            term: "$XDG_STATE_HOME/senfenico/senfenico.log",
            text: "the log (else ~/.local/state/senfenico/senfenico.log)"),
        Item(
            term: "$XDG_STATE_HOME/senfenico/last-request.sh",
            text: "the last request copied as curl from the developer view"),
        Item(
            term: "themes/NAME.toml",
            text:
                "colour themes: ./themes, beside the executable, share/senfenico/themes or /usr/share/senfenico/themes"
        ),
    ]

    /// The dashboard's keys, as its help screen (`?`) lists them.
    static var keys: [Item] {
        Strings.Help.allSections.flatMap { section in
            section.keys.map { Item(term: $0.key, text: section.title.english + ": " + $0.text.english) }
        }
    }

    static let examples = [
        Item(term: "senfenico", text: "the dashboard, on the embedded sandbox"),
        Item(term: "SENFENICO_API_KEY=sk_test_… senfenico balance", text: "the balances of a test account"),
        Item(term: "senfenico charges create --amount 1000 --phone 76000000", text: "ask a customer for 1 000 F CFA"),
        Item(term: "senfenico transfers bulk payroll.csv --results payroll-results.csv", text: "pay a payroll file"),
        Item(term: "senfenico overview --json | jq .balances.data", text: "the balances as JSON"),
        Item(term: "senfenico journal list --unfinished --lang fr", text: "the payments that need attention"),
        Item(term: "senfenico logs tail --status 4xx", text: "follow the refused requests of the running sandbox"),
        Item(
            term: "senfenico listen --webhook-key-file webhook.key",
            text: "receive and check the sandbox's signed webhooks"),
        Item(term: "senfenico trigger charge.success", text: "make a charge that succeeds in the running sandbox"),
        Item(
            term: "senfenico auth status --profile shop2",
            text: "which key and address a profile uses, and whether the API answers"),
        Item(term: "senfenico completion bash > /etc/bash_completion.d/senfenico", text: "install completions"),
    ]

    /// What `senfenico --help` says after the usage: every section above, as indented lists.
    static var rootDiscussion: String {
        let sections: [(String, [Item])] = [
            ("Exit status:", exitStatus), ("Environment:", environment), ("Files:", files),
            ("Dashboard keys:", keys),
        ]
        var blocks = description
        for (title, items) in sections { blocks.append(title + "\n" + list(items)) }
        blocks.append("Examples:\n" + examples.map { "  # \($0.text)\n  \($0.term)" }.joined(separator: "\n"))
        return blocks.joined(separator: "\n\n")
    }

    /// `  TERM  text` lines, the texts aligned and wrapped to 79 columns (a long term on a line
    /// of its own), so that `--help` shows them as written.
    private static func list(_ items: [Item]) -> String {
        let width = min(items.map(\.term.count).max() ?? 0, 24)
        let indent = String(repeating: " ", count: 2 + width + 2)
        return items.map { item in
            var lines: [String] = []
            var line = "  " + item.term
            if item.term.count > width {
                lines.append(line)
                line = indent
            } else {
                line += String(repeating: " ", count: width - item.term.count + 2)
            }
            var first = true
            for word in item.text.split(separator: " ") {
                if !first, line.count + 1 + word.count > 79 {
                    lines.append(line)
                    line = indent + word
                } else {
                    line += (first ? "" : " ") + word
                }
                first = false
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
