import CSVOutput
import Foundation
import SenfenicoAPI
import Testing

@testable import PaymentJournal

@Suite struct ExportTests {
    /// Five charges: quoting in the terminal and the note, an operator the tool does not know,
    /// and amounts whose sum must be exact to the hundredth.
    static let entries: [JournalEntry] = [
        JournalEntry(
            id: "b2", startedAt: Fixture.time("2025-03-14T08:30:00Z"), updatedAt: Fixture.morning,
            amount: Money(francs: 500), phone: "70123456", provider: .moov, reference: "ch_B", stage: .failed,
            serverStatus: "failed", failureCode: "OTP_EXPIRED", terminal: "till, \"north\""),
        JournalEntry(
            id: "a1", startedAt: Fixture.time("2025-03-14T08:00:00Z"), updatedAt: Fixture.morning,
            amount: Money(hundredths: 123_456_789), phone: "76000000", provider: .orange, reference: "ch_A",
            stage: .succeeded, serverStatus: "success", fees: "3.50", terminal: "till-1"),
        JournalEntry(
            id: "c3", startedAt: Fixture.time("2025-03-14T09:00:00.5Z"), updatedAt: Fixture.morning,
            amount: Money(hundredths: 100_050), phone: "76112233", provider: .orange, stage: .resolvedByCashier,
            note: "Client a payé\nen espèces, reçu n°12", terminal: "till-1"),
        JournalEntry(
            id: "d4", startedAt: Fixture.time("2025-03-14T09:30:00Z"), updatedAt: Fixture.morning,
            amount: Money(francs: 2_000), phone: "76445566", provider: .orange, reference: "ch_D", stage: .succeeded,
            serverStatus: "success", fees: "3.5 %", terminal: "till-1"),
        JournalEntry(
            id: "e5", startedAt: Fixture.time("2025-03-14T10:00:00Z"), updatedAt: Fixture.morning,
            amount: Money(francs: 250), phone: "66778899", provider: .unknown("wave_bf"), stage: .outcomeUnknown,
            terminal: "till-1"),
    ]

    static let utc = TimeZone(identifier: "UTC")!

    @Test func csvIsExactInEnglish() {
        let lines: [String] = [
            "mode,start,amount (F CFA),fee rate (%),fee (F CFA),net (F CFA),operator,phone,reference,status,"
                + "failure reason,terminal,note,id,account",
            "unknown,2025-03-14 08:00:00,1234567.89,3.5,43209.88,1191358.01,Orange Money,76 00 00 00,ch_A,succeeded,,"
                + "till-1,,a1,",
            "unknown,2025-03-14 08:30:00,500,,,,Moov Money,70 12 34 56,ch_B,failed,"
                + "The OTP has expired. Please request a new one.,\"till, \"\"north\"\"\",,b2,",
            "unknown,2025-03-14 09:00:00,1000.5,,,,Orange Money,76 11 22 33,,resolved at the till,,till-1,"
                + "\"Client a payé\nen espèces, reçu n°12\",c3,",
            "unknown,2025-03-14 09:30:00,2000,3.5,70,1930,Orange Money,76 44 55 66,ch_D,succeeded,,till-1,,d4,",
            "unknown,2025-03-14 10:00:00,250,,,,wave_bf,66 77 88 99,,outcome unknown,,till-1,,e5,",
            "",
            "operator,charges,succeeded,collected (F CFA),fee (F CFA),net (F CFA)",
            "Orange Money,3,2,1236567.89,43279.88,1193288.01",
            "Moov Money,1,0,0,0,0",
            "wave_bf,1,0,0,0,0",
            "total,5,2,1236567.89,43279.88,1193288.01",
            "",
            "status,charges,amount (F CFA)",
            "succeeded,2,1236567.89",
            "failed,1,500",
            "outcome unknown,1,250",
            "resolved at the till,1,1000.5",
            "total,5,1238318.39",
        ]
        let expected = lines.map { $0 + "\r\n" }.joined()
        #expect(JournalExport.csv(Self.entries, timeZone: Self.utc) == expected)
    }

    @Test func frenchHasSemicolonsAndDecimalCommas() {
        let csv = JournalExport.csv(Self.entries, .init(language: .french), timeZone: Self.utc)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines[0] == "mode;début;montant (F CFA);taux de frais (%);frais (F CFA);net (F CFA);opérateur;téléphone;"
                + "référence;statut;motif de l'échec;terminal;note;id;compte")
        #expect(
            lines[1] == "inconnu;2025-03-14 08:00:00;1234567,89;3,5;43209,88;1191358,01;Orange Money;76 00 00 00;"
                + "ch_A;réussi;;till-1;;a1;")
        #expect(
            lines[2] == "inconnu;2025-03-14 08:30:00;500;;;;Moov Money;70 12 34 56;ch_B;échoué;"
                + "Le code OTP a expiré. Veuillez en demander un nouveau.;\"till, \"\"north\"\"\";;b2;")
        #expect(lines.contains("inconnu;2025-03-14 10:00:00;250;;;;wave_bf;66 77 88 99;;résultat inconnu;;till-1;;e5;"))
        #expect(lines.contains("opérateur;paiements;réussis;encaissé (F CFA);frais (F CFA);net (F CFA)"))
        #expect(lines.contains("total;5;2;1236567,89;43279,88;1193288,01"))
        #expect(lines.contains("statut;paiements;montant (F CFA)"))
        #expect(lines.contains("résolu à la caisse;1;1000,5"))
        #expect(lines.contains("total;5;1238318,39"))
        #expect(!csv.contains("orange_bf") && !csv.contains("OTP_EXPIRED"), "raw values only with raw")
    }

    @Test func separatorBomAndRawColumnsAreAsAsked() {
        let french = JournalExport.csv(Self.entries, .init(language: .french, separator: ","), timeZone: Self.utc)
        #expect(french.contains("\r\ninconnu,2025-03-14 08:00:00,\"1234567,89\",\"3,5\","), "decimal commas quoted")
        let tab = JournalExport.csv(Self.entries, .init(separator: "\t"), timeZone: Self.utc)
        #expect(tab.hasPrefix("mode\tstart\tamount (F CFA)\t"))

        #expect(!JournalExport.csv(Self.entries).utf8.starts(with: [0xEF, 0xBB, 0xBF]), "no BOM unless asked")
        let excel = JournalExport.csv(Self.entries, .init(language: .french, excel: true), timeZone: Self.utc)
        #expect(Array(excel.utf8.prefix(7)) == [0xEF, 0xBB, 0xBF] + Array("mode".utf8))

        let raw = JournalExport.csv(Self.entries, .init(raw: true), timeZone: Self.utc)
        let lines = raw.components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",id,account,provider,server_status,stage,failure_code"))
        #expect(lines[1].hasSuffix(",a1,,orange_bf,success,succeeded,"))
        #expect(lines[2].hasSuffix(",b2,,moov_bf,failed,failed,OTP_EXPIRED"))
        #expect(lines.contains("Orange Money,3,2,1236567.89,43279.88,1193288.01,orange_bf"))
        #expect(lines.contains("outcome unknown,1,250,outcome_unknown"))
    }

    /// A success whose fee the journal lacks: its fee and net are empty, and so are the totals'
    /// (a partial sum would overstate the net); nothing is guessed.
    @Test func aMissingFeeIsLeftEmpty() {
        var unknownFee = Self.entries[3]
        unknownFee.fees = nil
        let csv = JournalExport.csv([Self.entries[1], unknownFee], timeZone: Self.utc)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[2] == "unknown,2025-03-14 09:30:00,2000,,,,Orange Money,76 44 55 66,ch_D,succeeded,,till-1,,d4,")
        #expect(lines.contains("Orange Money,2,2,1236567.89,,"))
        #expect(lines.contains("total,2,2,1236567.89,,"))
        #expect(JournalExport.fee(of: Self.entries[1]) == Money(hundredths: 4_320_988))
        #expect(JournalExport.fee(of: unknownFee) == nil)
    }

    @Test func anEmptyDayStillHasHeadersAndTotals() {
        let lines: [String] = [
            "mode,start,amount (F CFA),fee rate (%),fee (F CFA),net (F CFA),operator,phone,reference,status,"
                + "failure reason,terminal,note,id,account",
            "",
            "operator,charges,succeeded,collected (F CFA),fee (F CFA),net (F CFA)", "total,0,0,0,0,0", "",
            "status,charges,amount (F CFA)", "total,0,0",
        ]
        let expected = lines.map { $0 + "\r\n" }.joined()
        #expect(JournalExport.csv([]) == expected)
    }

    @Test func quotesOnlyWhatMustBe() {
        #expect(CSVText().field("plain text") == "plain text")
        #expect(CSVText().field("a,b") == "\"a,b\"")
        #expect(CSVText().field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        // Cells go through the one sanitiser: line breaks kept (and quoted), a lone carriage
        // return (which hides a line's start on a terminal) and whole escape sequences dropped.
        #expect(CSVText().field("two\r\nlines") == "\"two\nlines\"")
        #expect(CSVText().field("cr\ronly") == "cronly")
        #expect(CSVText().field("ch_1\u{1B}]0;owned\u{07}") == "ch_1")
        // Built at run time: the source holds no live-shaped key.
        let live = "sk_" + "live_"
        #expect(CSVText().field("key \(live)ABCDEFGHIJKLMNOP1234") == "key \(live)…1234")
        #expect(CSVText().field("tab\there") == "tab\there")
    }

    @Test func totalsAreExactMoney() {
        let totals = JournalTotals(Self.entries)
        #expect(totals.collected == Money(hundredths: 123_656_789))
        #expect(totals.attempted == Money(hundredths: 123_831_839))
        #expect(totals.byOperator.map(\.provider) == [.orange, .moov, .unknown("wave_bf")])
        #expect(totals.unfinished == 1)
        // Ten thousand charges of 0.01 add to exactly 100: no floating-point drift.
        let cents = (0..<10_000).map { index in
            JournalEntry(
                id: "\(index)", startedAt: Fixture.morning, updatedAt: Fixture.morning, amount: Money(hundredths: 1),
                phone: "76000000", provider: .orange, stage: .succeeded)
        }
        #expect(JournalTotals(cents).collected == Money(francs: 100))
    }

    @Test func summaryInBothLanguages() {
        let totals = JournalTotals(Self.entries)
        #expect(totals.summary(in: .english) == "5 charges, 1 236 567.89 F CFA collected; 1 payment needs attention")
        #expect(totals.summary(in: .french) == "5 paiements, 1 236 567,89 F CFA encaissés ; 1 paiement à vérifier")
        let one = JournalTotals([Self.entries[3]])
        #expect(one.summary(in: .english) == "1 charge, 2 000 F CFA collected")
        #expect(one.summary(in: .french) == "1 paiement, 2 000 F CFA encaissés")
        #expect(JournalTotals([]).summary(in: .english) == "0 charges, 0 F CFA collected")
        #expect(JournalTotals([]).summary(in: .french) == "0 paiement, 0 F CFA encaissés")
        let two = JournalTotals([Self.entries[2], Self.entries[4]])
        #expect(two.summary(in: .french) == "2 paiements, 0 F CFA encaissés ; 1 paiement à vérifier")
    }

    @Test func listingRowsReadAsTheCashierSpeaks() {
        let utc = TimeZone(identifier: "UTC")!
        #expect(
            JournalListing.row(Self.entries[1], in: .french, timeZone: utc) == [
                "2025-03-14 08:00", "1 234 567,89 F CFA", "Orange Money", "76 00 00 00", "réussi", "ch_A", "a1",
            ])
        #expect(
            JournalListing.row(Self.entries[4], in: .english, timeZone: utc) == [
                "2025-03-14 10:00", "250 F CFA", "wave_bf", "66 77 88 99", "outcome unknown", "", "e5",
            ])
        #expect(
            JournalListing.header(in: .french) == [
                "Heure", "Montant", "Opérateur", "Téléphone", "Étape", "Référence", "ID",
            ])
    }

    @Test func writesTheFileWholeAndPrivately() throws {
        let temporary = TemporaryJournal()
        try FileManager.default.createDirectory(atPath: temporary.directory, withIntermediateDirectories: true)
        let path = temporary.directory + "/" + JournalExport.fileName(for: JournalDay("2025-03-14")!)
        try "yesterday's text".write(toFile: path, atomically: false, encoding: .utf8)
        let csv = JournalExport.csv(Self.entries)
        try JournalExport.write(csv, toFile: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == csv)
        #expect(try temporary.mode(of: path) == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: temporary.directory) == [
                "senfenico-journal-2025-03-14.csv"
            ])

        // Missing folders are made (0700); a file in the way is said.
        let nowhere = path + "/day.csv"
        #expect(throws: JournalError.cannotWrite(path: nowhere, detail: "a part of the path is not a folder")) {
            try JournalExport.write(csv, toFile: nowhere)
        }
    }

    @Test func errorsNameTheFile() {
        let error = JournalError.cannotOpen(path: "/var/till/journal.sqlite", detail: "Permission denied")
        #expect(
            error.message(in: .english)
                == "Cannot open the payment journal /var/till/journal.sqlite (Permission denied).")
        #expect(
            JournalError.alreadyFinished(id: "a1", stage: .succeeded).message(in: .french)
                == "Le paiement a1 est déjà réglé (réussi) : il n'y a rien à résoudre.")
    }
}
