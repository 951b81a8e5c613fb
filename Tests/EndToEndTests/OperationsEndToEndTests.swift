import Foundation
import Testing

extension TerminalSessions {
    /// Support staff moving money from the dashboard: the built binary in tmux on the embedded
    /// sandbox, as `swift run senfenico` starts it.
    @Suite(.timeLimit(.minutes(3))) struct OperationsEndToEndTests {
        @Test func aTransferFromTheFormReachesTheListAndTheWallet() async throws {
            let session = try TmuxSession.start(["--lang", "fr"], columns: 110, rows: 40)
            defer { session.close() }
            try await session.waitFor("Transferts (8")
            try session.send("t")
            try await session.waitFor("Envoyer de l'argent")
            try session.send("-l", "5000")
            try session.send("Enter")
            try session.send("-l", "70 11 22 33")
            try session.send("Enter")
            try await session.waitFor("Moov Money (d'après le numéro)")
            try session.send("Enter")
            // 5 000 F plus 1.5 % (75 F), checked against the Moov wallet before anything leaves.
            try await session.waitFor("Débité du portefeuille : 5 075 F CFA")
            try await session.waitFor("Disponible sur Moov Money : 100 000 F CFA")
            try session.send("Enter")
            try await session.waitFor("Transfert envoyé")
            try session.send("Enter")
            try await session.waitFor("Transferts (9")
            try await session.waitFor("94 925 F CFA")
            try session.send("q")
            try await session.waitFor("EXITED:0")
        }

        @Test func aTransferBeyondTheWalletIsRefusedBeforeSending() async throws {
            let session = try TmuxSession.start(["--lang", "en"], columns: 110, rows: 40)
            defer { session.close() }
            try await session.waitFor("Transfers (8")
            try session.send("t")
            try await session.waitFor("Send money (transfer)")
            try session.send("-l", "99500")
            try session.send("Enter")
            try session.send("-l", "76000000")
            try session.send("Enter")
            try session.send("Enter")
            try await session.waitFor("Taken from the wallet: 100 993 F CFA")
            try session.send("Enter")
            try await session.waitFor("Not enough in Orange Money")
            try session.send("Escape")
            try session.send("Escape")
            try session.send("q")
            try await session.waitFor("EXITED:0")
            #expect(!session.screen().contains("Transfer sent"))
        }

        @Test func aSettlementIsCreatedThenCancelled() async throws {
            let session = try TmuxSession.start(["--lang", "fr"], columns: 110, rows: 40)
            defer { session.close() }
            try await session.waitFor("Paiements (25")
            try session.send("s")
            try await session.waitFor("Reversements (0 sur 0)")
            try session.send("n")
            try await session.waitFor("Reverser vers mon compte")
            try session.send("-l", "1000")
            try session.send("Enter")
            try await session.waitFor("Vérifiez avant d'envoyer")
            try session.send("Enter")
            try await session.waitFor("Reversement demandé")
            try session.send("Enter")
            try await session.waitFor("Reversements (1 sur 1)")
            try await session.waitFor("en traitement")
            try session.send("x")
            try await session.waitFor("Annuler le reversement")
            try session.send("o")
            try await session.waitFor("annulé.")
            try await session.waitFor("annulé ")
            // A cancelled one cannot be cancelled again: said at once, nothing sent.
            try session.send("x")
            try await session.waitFor("Seul un reversement en traitement peut être annulé")
            try session.send("q")
            try await session.waitFor("EXITED:0")
        }

        @Test func aCheckoutShowsAQRCodeThatDecodesToItsLink() async throws {
            let session = try TmuxSession.start(["--lang", "en"], columns: 110, rows: 40)
            defer { session.close() }
            try await session.waitFor("Charges (25")
            try session.send("p")
            try await session.waitFor("Payment links (checkouts)")
            try session.send("n")
            // Typed once the form shows, as a person would: typed at once, the amount was lost
            // once in a loaded full run (the form opened with an empty amount).
            try await session.waitFor("Customer's e-mail")
            try session.send("-l", "2500")
            try session.send("Enter")
            try session.send("-l", "awa@example.com")
            try session.send("Enter")
            try session.send("-l", "https://shop.example/ok")
            try session.send("Enter")
            try session.send("-l", "https://shop.example/ko")
            try session.send("Enter")
            try await session.waitFor("Check before sending")
            try session.send("Enter")
            try await session.waitFor("Payment link ready")
            let decoded = try ScreenQRCode.decode(session.screen())
            if let decoded {
                #expect(decoded.hasPrefix("http://127.0.0.1:"), "decoded: \(decoded)")
                #expect(decoded.contains("/v1/checkout_payment/payment_page/"), "decoded: \(decoded)")
                // The link is printed as text too (cut at the box's width).
                #expect(session.screen().contains(String(decoded.prefix(30))))
            }
            try session.send("Enter")
            try await session.waitFor("Payment links (checkouts) (1 of 1)")
            try session.send("Enter")
            try await session.waitFor("Success URL")
            #expect(try ScreenQRCode.decode(session.screen()) == decoded, "the detail shows the same code")
            try session.send("Escape")
            try session.send("q")
            try await session.waitFor("EXITED:0")
        }

        @Test func aLostTransferAnswerIsSentAgainWithTheSameExtIDAndPaidOnce() async throws {
            let port = try SandboxCalls.freePort()
            let session = try TmuxSession.start(
                ["--lang", "fr", "--sandbox-port", "\(port)"], columns: 110, rows: 40,
                environment: ["SENFENICO_SANDBOX_FAULTS": "POST /v1/payment/transfers/$=drop"])
            defer { session.close() }
            try await session.waitFor("Transferts (8")
            try session.send("t")
            try await session.waitFor("Envoyer de l'argent (transfert)")
            try session.send("-l", "2000")
            try session.send("Enter")
            try session.send("-l", "65000000")
            try session.send("Enter")
            try session.send("Enter")
            try await session.waitFor("Débité du portefeuille : 2 030 F CFA")
            try session.send("Enter")
            // Made by the sandbox, answer cut: unknown, and not resent by itself.
            try await session.waitFor("La réponse s'est perdue")
            try await session.waitFor("r : renvoyer sans risque")
            try await SandboxCalls.clearFaults(port: port)
            try session.send("r")
            try await session.waitFor("rien n'a été payé deux fois")
            try session.send("Enter")
            try await session.waitFor("Transferts (9")
            // Orange paid once: 100 000 − 2 030.
            try await session.waitFor("97 970 F CFA")
            try session.send("q")
            try await session.waitFor("EXITED:0")
        }
    }
}
