import Foundation
import Testing

/// A cashier taking payments with the wizard: the built binary in tmux, the embedded sandbox.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ChargeWizardEndToEndTests {
    @Test func anOrangePaymentWithAWrongThenTheRightCode() async throws {
        let session = try TmuxSession.start(["--lang", "fr"], columns: 100, rows: 40)
        defer { session.close() }
        try await session.waitFor("Paiements (25")
        try session.send("c")
        try await session.waitFor("Encaisser un paiement")
        try session.send("-l", "2500")
        try await session.waitFor("2 500 F CFA")
        try session.send("Enter")
        try session.send("-l", "+226 76 00 00 00")
        try session.send("Enter")
        try await session.waitFor("(d'après le numéro)")
        try session.send("Enter")
        try await session.waitFor("Entrée ENCAISSER")
        try session.send("Enter")
        // Orange's USSD instruction, as the sandbox sends it, exactly.
        try await session.waitFor("*144*4*6*2500#")
        try session.send("-l", "111111")
        try session.send("Enter")
        try await session.waitFor("Code incorrect (essai 1)")
        try session.send("-l", "123456")
        try session.send("Enter")
        try await session.waitFor("PAIEMENT RÉUSSI")
        try await session.waitFor("Paiements (26")
        try session.send("Escape")
        try session.send("q")
        try await session.waitFor("EXITED:0")

        // The journal kept it, finished.
        let journal = "\(session.home)/data/senfenico/journal.sqlite"
        #expect(FileManager.default.fileExists(atPath: journal), "no journal at \(journal)")
    }

    @Test func anInsufficientFundsPaymentSaysWhyInFrench() async throws {
        let session = try TmuxSession.start(["--lang", "fr"], columns: 100, rows: 40)
        defer { session.close() }
        try await session.waitFor("Paiements (25")
        try session.send("c")
        try session.send("-l", "1000")
        try session.send("Enter")
        // XX000001: the sandbox's insufficient-funds number, refused at the right code.
        try session.send("-l", "76000001")
        try session.send("Enter")
        try session.send("Enter")
        try await session.waitFor("Entrée ENCAISSER")
        try session.send("Enter")
        try await session.waitFor("*144*4*6*1000#")
        try session.send("-l", "123456")
        try session.send("Enter")
        try await session.waitFor("PAIEMENT ÉCHOUÉ")
        try await session.waitFor("INSUFFICIENT_FUNDS")
        try session.send("Escape")
        try session.send("q")
        try await session.waitFor("EXITED:0")
    }
}
