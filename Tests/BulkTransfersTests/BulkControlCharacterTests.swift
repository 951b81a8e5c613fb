import BulkTransfers
import Foundation
import Localization
import SenfenicoAPI
import Testing

/// A cell with a control or bidi character makes its row invalid, naming the line and the column;
/// the cell is never read as something else (`"1\n00"` is not 100 F CFA).
@Suite struct BulkControlCharacterTests {
    @Test func aLineBreakInsideAQuotedAmountIsRefusedNotReadAsOneHundred() throws {
        let text = "amount,recipient_phone\n100,76000000\n\"1\n00\",76000000\n200,70000000\n"
        let preview = try BulkPreview.parse(text)
        #expect(preview.rows.map(\.amount) == [Money(francs: 100), Money(francs: 200)])
        // The quoted cell spans lines 3 and 4, so the next row is line 5.
        #expect(preview.rows.map(\.line) == [2, 5])
        let problem = try #require(preview.problems.first)
        #expect(problem.line == 3)
        #expect(problem.issues == [.controlCharacter(column: "amount", character: "U+000A")])
        #expect(problem.reasons.text(in: .french) == "colonne amount : caractère de contrôle refusé (U+000A)")
        #expect(problem.reasons.text(in: .english) == "column amount: control character refused (U+000A)")
    }

    @Test func everyKindOfControlCharacterInEveryColumn() throws {
        let rows = [
            "100,7600\u{7F}0000,,a",  // DEL in the phone
            "100,76000000,orange\u{85}_bf,b",  // C1 (NEXT LINE) in the wallet
            "100,76000000,,c\u{202E}fdp.exe",  // right-to-left override in the ext_id
            "100,76000000,,d\u{2066}x",  // left-to-right isolate
            "\"100\t\",76000000,,e",  // tab at the end of a quoted amount
            "100,76000000,,\"f\r\"",  // carriage return in a quoted ext_id
            "1\u{1B}[2J00,76000000,,g",  // an escape sequence
        ]
        let preview = try BulkPreview.parse(rows.joined(separator: "\n") + "\n")
        #expect(preview.rows.isEmpty)
        #expect(
            preview.problems.map(\.issues) == [
                [.controlCharacter(column: "recipient_phone", character: "U+007F")],
                [.controlCharacter(column: "recipient_wallet", character: "U+0085")],
                [.controlCharacter(column: "ext_id", character: "U+202E")],
                [.controlCharacter(column: "ext_id", character: "U+2066")],
                [.controlCharacter(column: "amount", character: "U+0009")],
                [.controlCharacter(column: "ext_id", character: "U+000D")],
                [.controlCharacter(column: "amount", character: "U+001B")],
            ])
        #expect(preview.problems.map(\.line) == [1, 2, 3, 4, 5, 6, 8])
    }

    @Test func aColumnTheAPIDoesNotTakeIsNotLookedAt() throws {
        let text = "amount,recipient_phone,note\n100,76000000,\"two\nlines\"\n"
        let preview = try BulkPreview.parse(text)
        #expect(preview.problems.isEmpty)
        #expect(preview.rows.count == 1)
    }

    @Test func extIDsAndEmailsWithControlCharactersAreRefusedEverywhere() {
        #expect(Validator.extID("pay\n42") == .failure(.controlCharacter("U+000A")))
        #expect(Validator.extID("pay\u{202D}42") == .failure(.controlCharacter("U+202D")))
        #expect(Validator.extID("pay-42") == .success("pay-42"))
        #expect(Validator.email("a@b.bf\u{7}") == .failure(.controlCharacter("U+0007")))
        #expect(Validator.email("a\u{9B}@b.bf") == .failure(.controlCharacter("U+009B")))
        #expect(Validator.email("a@b.bf") == .success("a@b.bf"))
        let message = ValidationIssue.controlCharacter("U+000A").message
        #expect(message.french == "caractère de contrôle U+000A refusé")
        #expect(message.english == "control character U+000A refused")
    }

    @Test func ordinaryTextPasses() {
        for text in ["1 000", "+226 76 00 00 00", "Orange Money", "paie-mars_2025", "é à ç", "１２"] {
            #expect(ControlCharacters.first(in: text) == nil, "\(text)")
        }
    }
}
