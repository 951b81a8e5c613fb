import BulkTransfers
import Foundation
import Localization
import SenfenicoAPI
import Testing

/// Reading and checking a bulk file: header, quotes, blank lines, line numbers, every reason.
@Suite struct BulkPreviewTests {
    /// `ext-1`, `ext-2`, ... so generated ids are predictable.
    static func counter() -> () -> String {
        var next = 0
        return {
            next += 1
            return "gen-\(next)"
        }
    }

    @Test func readsAHeaderQuotesAndBlankLines() throws {
        let text = """
            amount,recipient_phone,recipient_wallet,ext_id\r
            \r
            "1 000",+226 76 00 00 00,orange_bf,a-1\r
            500,"70-00-00-00",,\r
            \r
            "250","68 00 00 00","Sank Money","with ""quotes"", and comma"\r

            """
        let preview = try BulkPreview.parse(text, makeExtID: Self.counter())
        #expect(preview.hasHeader)
        #expect(preview.problems.isEmpty)
        #expect(preview.rows.map(\.line) == [3, 4, 6])
        #expect(preview.rows.map(\.amount) == [Money(francs: 1_000), Money(francs: 500), Money(francs: 250)])
        #expect(preview.rows.map(\.recipientPhone.digits) == ["76000000", "70000000", "68000000"])
        #expect(preview.rows.map(\.wallet) == [.orange, .moov, .sank])
        #expect(preview.rows.map(\.walletGiven) == [true, false, true])
        #expect(preview.rows.map(\.extID) == ["a-1", "gen-1", #"with "quotes", and comma"#])
        #expect(preview.rows.map(\.extIDGenerated) == [false, true, false])
        #expect(preview.totalAmount == Money(francs: 1_750))
        #expect(preview.generatedExtIDs == 1)
        #expect(
            preview.totalsByWallet == [
                WalletTotal(wallet: .orange, count: 1, amount: Money(francs: 1_000)),
                WalletTotal(wallet: .moov, count: 1, amount: Money(francs: 500)),
                WalletTotal(wallet: .sank, count: 1, amount: Money(francs: 250)),
            ])
    }

    @Test func withoutHeaderTooFewOrTooManyFields() throws {
        let preview = try BulkPreview.parse("100\n100,76000000,,a,b\n,\n")
        #expect(preview.problems.map(\.issues) == [[.tooFewFields(found: 1)], [.tooManyFields(found: 5)]])
        #expect(preview.problems.map(\.line) == [1, 2])
        #expect(preview.problems[0].fields == BulkRowFields(amount: "100"))
    }

    @Test func withoutHeaderColumnsArePositional() throws {
        let preview = try BulkPreview.parse("100,76000000\n200,70000000,moov_bf\n300,65000000,orange,x\n")
        #expect(!preview.hasHeader)
        #expect(preview.rows.map(\.line) == [1, 2, 3])
        #expect(preview.rows.map(\.wallet) == [.orange, .moov, .orange])
        #expect(preview.rows[2].extID == "x")
        #expect(preview.rows[0].extID.count == 36)  // a UUID
    }

    @Test func headerColumnsInAnyOrderAndOthersIgnored() throws {
        let text = "line,ext_id,result,recipient_phone,amount\n4,k-1,not_sent,76000000,100\n"
        let preview = try BulkPreview.parse(text)
        #expect(preview.rows.count == 1)
        #expect(preview.rows[0].extID == "k-1")
        #expect(preview.rows[0].line == 2)
        #expect(throws: BulkFileIssue.headerMissing(columns: ["amount"])) {
            try BulkPreview.parse("recipient_phone,wallet\n76000000,orange_bf\n")
        }
    }

    @Test func aQuotedLineBreakMovesTheLineNumbers() throws {
        // In a column the API does not take: a line break in one it takes refuses the row.
        let text = "amount,recipient_phone,note\n100,76000000,\"two\nlines\"\n50,76000000\n"
        let preview = try BulkPreview.parse(text)
        #expect(preview.rows.map(\.line) == [2])
        #expect(preview.problems.map(\.line) == [4])
    }

    @Test func everyBadRowHasItsLineAndReasons() throws {
        let text = """
            amount,recipient_phone,recipient_wallet,ext_id
            50,76000000,,
            12.5,76000000,,
            abc,1234,,
            100,+33612345678,,
            100,76000000,mtn_bf,
            100,76000000,,dup
            200,70000000,,dup
            100,76000000,,\(String(repeating: "x", count: 101))
            100
            100,76000000,orange_bf,e,extra
            1000.00,76000000,,
            """
        let preview = try BulkPreview.parse(text)
        let problems = Dictionary(uniqueKeysWithValues: preview.problems.map { ($0.line, $0.issues) })
        #expect(problems[2] == [.amount(.transferAmountTooSmall(minimum: Money(francs: 100)))])
        #expect(problems[3] == [.amount(.amountNotWhole)])
        #expect(problems[4] == [.amount(.amountNotWhole), .phone(.phoneLength)])
        #expect(problems[5] == [.phone(.phoneNotBurkinaFaso)])
        #expect(problems[6] == [.wallet(found: "mtn_bf")])
        #expect(problems[7] == nil)
        #expect(problems[8] == [.extIDDuplicate(extID: "dup", firstLine: 7)])
        #expect(problems[9] == [.extID(.extIDTooLong(maximum: Validator.maximumExtIDLength))])
        #expect(problems[10] == [.phone(.phoneEmpty)])
        #expect(problems[11] == [.tooManyFields(found: 5)])
        #expect(preview.rows.map(\.line) == [7, 12])
        #expect(preview.rows.last?.amount == Money(francs: 1_000))
        #expect(preview.rowsRead == 11)

        let duplicate = try #require(preview.problems.first { $0.line == 8 })
        #expect(duplicate.reasons.text(in: .english) == #"ext_id: "dup" is already used on line 7."#)
        #expect(duplicate.reasons.text(in: .french) == "ext_id : « dup » est déjà utilisé ligne 7.")
        let small = try #require(preview.problems.first { $0.line == 2 })
        #expect(small.reasons.english.hasPrefix("amount: "))
        #expect(small.reasons.english.contains("100 F CFA"))
    }

    @Test func semicolonsAndAByteOrderMark() throws {
        let bytes = Array("\u{FEFF}montant;téléphone\n\"1 500\";76 00 00 00\n".utf8)
        let preview = try BulkPreview.parse(bytes: bytes)
        #expect(preview.delimiter == ";")
        #expect(preview.hasHeader)
        #expect(preview.rows.map(\.amount) == [Money(francs: 1_500)])
    }

    @Test func unusableFiles() {
        #expect(throws: BulkFileIssue.empty) { try BulkPreview.parse("\n\n") }
        #expect(throws: BulkFileIssue.empty) { try BulkPreview.parse("amount,recipient_phone\n") }
        #expect(throws: BulkFileIssue.notText) { try BulkPreview.parse(bytes: [0x31, 0xFF, 0xFE, 0x0A]) }
    }

    @Test func twoHundredFiftyRowsWithBadOnesMakeBatchesOfAtMostAHundred() throws {
        let (text, badLines) = Self.file(rows: 250, badEvery: 25)
        let preview = try BulkPreview.parse(text)
        #expect(preview.problems.map(\.line) == badLines)
        #expect(preview.rows.count == 240)
        let batches = preview.batches()
        #expect(batches.map(\.rows.count) == [100, 100, 40])
        #expect(batches.map(\.number) == [1, 2, 3])
        #expect(batches.flatMap(\.rows) == preview.rows)
        #expect(preview.batches(size: 500).map(\.rows.count) == [100, 100, 40])
        #expect(preview.batches(size: 30).count == 8)
    }

    /// `rows` data rows after a header; every `badEvery`-th has an amount under 100. Returns the
    /// text and the bad rows' line numbers.
    static func file(rows: Int, badEvery: Int) -> (String, [Int]) {
        var text = "amount,recipient_phone\n"
        var bad: [Int] = []
        for index in 1...rows {
            let amount = index % badEvery == 0 ? 50 : 100 + index
            if index % badEvery == 0 { bad.append(index + 1) }
            text += "\(amount),7600\(String(format: "%04d", index))\n"
        }
        return (text, bad)
    }
}
