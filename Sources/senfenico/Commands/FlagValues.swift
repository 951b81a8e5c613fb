import ArgumentParser
import Localization
import SenfenicoAPI

/// Flag values are checked for control characters before anything else runs: a `--phone` or
/// `--ext-id` pasted with a line break, an escape sequence or a bidi override would otherwise be
/// sent, journaled and shown back (the same rule as a bulk file's cells, `ControlCharacters`).
enum FlagValues {
    /// The first of `flags` (name as typed, value) whose value holds a refused character.
    static func firstRefused(_ flags: KeyValuePairs<String, String?>) -> (flag: String, character: String)? {
        for (flag, value) in flags {
            if let value, let refused = ControlCharacters.first(in: value) {
                return (flag, ControlCharacters.name(refused))
            }
        }
        return nil
    }

    /// Says which flag holds a refused character and ends the command with the validation
    /// status (2), before any setting is read or any request made.
    static func refuseControlCharacters(_ flags: KeyValuePairs<String, String?>, language: Language) throws {
        guard let (flag, character) = firstRefused(flags) else { return }
        let message = Strings.Input.flagControlCharacter.filling(["flag": flag, "character": character])
        Console.err(Strings.CommandLine.errorLine.filling(["message": message.text(in: language)]).text(in: language))
        throw ExitCode(ExitStatus.inputRefused)
    }
}
