import Foundation
import Testing

extension TerminalSessions {
    /// The lists and screens as support staff use them at a laptop's 80x24, in French: sort,
    /// filter without accents, the wheel, a double-click, and a help that scrolls.
    @Suite(.timeLimit(.minutes(3))) struct ListsEndToEndTests {
        /// The lines of the charges pane, from its title to the transfers pane.
        private func chargeRows(_ screen: String) -> [Substring] {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            guard let start = lines.firstIndex(where: { $0.contains("Paiements (") }) else { return [] }
            let end = lines[start...].firstIndex { $0.contains("Transferts (") } ?? lines.endIndex
            return Array(lines[(start + 2)..<end]).filter { $0.contains("F CFA") }
        }

        @Test func sortFilterWheelDoubleClickAndHelpAt80x24InFrench() async throws {
            let session = try TmuxSession.start(["dashboard"], columns: 80, rows: 24, lang: "fr_FR.UTF-8")
            defer { session.close() }
            try await session.waitFor("Paiements (25 sur 25)")

            // o cycles the order, named in the title; four presses come back to time.
            try session.send("o")
            try await session.waitFor("par montant")
            try session.send("o")
            try await session.waitFor("par statut")
            try session.send("o")
            try await session.waitFor("par opérateur")
            try session.send("o")
            try await session.waitFor("Paiements (25 sur 25) ─")

            // Without accents or case: `ECHOUE` finds the failed charges, and only them.
            try session.send("/")
            try session.send("-l", "ECHOUE")
            try session.send("Enter")
            try await session.waitFor("filtre : ECHOUE")
            let filtered = chargeRows(session.screen())
            #expect(!filtered.isEmpty && filtered.allSatisfy { $0.contains("échoué") }, "\(session.screen())")
            try session.send("Escape")
            try await session.waitFor("Paiements (25 sur 25)")

            // The wheel over the charges (SGR button 65 = wheel down) moves the selection 3 rows.
            let before = chargeRows(session.screen()).firstIndex { $0.contains("›") }
            try session.send("-l", "\u{1B}[<65;10;12M")
            try await Task.sleep(for: .milliseconds(500))
            let after = chargeRows(session.screen()).firstIndex { $0.contains("›") }
            #expect(before == 0 && after == 3, "selection \(String(describing: before)) → \(String(describing: after))")

            // A double-click on a row opens its detail.
            for _ in 0..<2 {
                try session.send("-l", "\u{1B}[<0;10;12M")
                try session.send("-l", "\u{1B}[<0;10;12m")
            }
            try await session.waitFor("Référence")
            try session.send("Escape")
            try await session.waitFor("Paiements (25 sur 25)")

            // The help is taller than 24 lines: it scrolls and says where it is.
            try session.send("?")
            try await session.waitFor("lignes 1–")
            try session.send("End")
            try await session.waitFor("Partout")
            try session.send("Escape")
            try session.send("q")
            try await session.waitFor("EXITED:0")
        }
    }
}
