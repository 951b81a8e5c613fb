import Foundation
import PaymentJournal
import SenfenicoAPI
import Testing

extension CommandRuns {
    /// Charges and transfers started from the command line go through the journal like the
    /// dashboard's, under the account the command points at.
    @Suite struct CommandJournalTests {
        @Test func aChargeCreatedFromTheCommandLineIsJournaled() async throws {
            let data = FileManager.default.temporaryDirectory.appendingPathComponent("cli-journal-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: data) }
            let place = ["XDG_DATA_HOME": data.path]
            try await CLISandbox.with { sandbox in
                let created = try await sandbox.run(
                    ["charges", "create", "--amount", "1000", "--phone", "76000000", "--json"], environment: place)
                #expect(created.status == 0, "\(created.stderr)")
                let reference = try #require(try created.data()["reference"] as? String)

                let path = data.appendingPathComponent("senfenico/journal.sqlite").path
                let account = JournalAccount(key: APIKey(sandbox.key))
                let journal = try PaymentJournal(path: path, account: account)
                let entry = try #require(try journal.entry(reference: reference))
                #expect(entry.stage == .awaitingOTP && entry.serverStatus == "send_otp")
                #expect(entry.amount == Money(francs: 1_000) && entry.phone == "76000000")
                #expect(entry.account == account && entry.account.mode == .test)
                #expect(entry.displayText?.contains("*144*") == true, "the USSD text is kept")
                #expect(try journal.events(of: entry.id).map(\.stage) == [.sending, .awaitingOTP], "written before")

                let submitted = try await sandbox.run(
                    ["charges", "submit-otp", reference, "--otp", "123456"], environment: place)
                #expect(submitted.status == 0, "\(submitted.stderr)")
                #expect(try journal.entry(id: entry.id)?.stage == .succeeded)

                // The same journal, listed for this account, then for the sandbox's (no key).
                let listed = try await sandbox.run(["journal", "list"], environment: place)
                #expect(listed.stdout.contains(entry.id), "\(listed.stderr)")
                let practice = try await CLI.run(["journal", "list"], environment: place)
                #expect(!practice.stdout.contains(entry.id), "a TEST payment is not in the sandbox's day")
                let all = try await CLI.run(["journal", "list", "--all-accounts"], environment: place)
                #expect(all.stdout.contains(entry.id) && all.stdout.contains("test \(account.fingerprint)"))
            }
        }

        /// The day's CSV in French: `;`, French words, decimal commas; the raw values and the
        /// byte order mark only when asked.
        @Test func theDayIsExportedInFrench() async throws {
            let data = FileManager.default.temporaryDirectory.appendingPathComponent("cli-journal-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: data) }
            let place = ["XDG_DATA_HOME": data.path]
            try await CLISandbox.with { sandbox in
                let created = try await sandbox.run(
                    ["charges", "create", "--amount", "1000", "--phone", "76000000", "--json"], environment: place)
                let reference = try #require(try created.data()["reference"] as? String)
                let submitted = try await sandbox.run(
                    ["charges", "submit-otp", reference, "--otp", "123456"], environment: place)
                #expect(submitted.status == 0, "\(submitted.stderr)")

                let french = try await sandbox.run(["journal", "export", "--csv", "--lang", "fr"], environment: place)
                #expect(french.status == 0, "\(french.stderr)")
                let lines = french.stdout.components(separatedBy: "\r\n")
                #expect(lines.first?.hasPrefix("mode;début;montant (F CFA);taux de frais (%);frais (F CFA)") == true)
                let row = try #require(lines.first { $0.contains(reference) })
                #expect(row.hasPrefix("test;") && row.contains(";1000;") && row.contains(";Orange Money;76 00 00 00;"))
                #expect(row.contains(";réussi;") && !row.contains("orange_bf") && !row.contains("success"), "\(row)")
                #expect(!french.stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF]))

                let raw = try await sandbox.run(
                    ["journal", "export", "--csv", "--lang", "fr", "--raw", "--separator", "tab", "--excel"],
                    environment: place)
                #expect(raw.stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM with --excel")
                let rawRow = try #require(raw.stdout.components(separatedBy: "\r\n").first { $0.contains(reference) })
                #expect(rawRow.hasSuffix("\torange_bf\tsuccess\tsucceeded\t"), "\(rawRow)")
            }
        }

        @Test func aRefusedChargeIsJournaledFailed() async throws {
            let data = FileManager.default.temporaryDirectory.appendingPathComponent("cli-journal-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: data) }
            let place = ["XDG_DATA_HOME": data.path]
            try await CLISandbox.with { sandbox in
                // 76000002: INVALID_ACCOUNT at create in the sandbox.
                let refused = try await sandbox.run(
                    ["charges", "create", "--amount", "1000", "--phone", "76000002"], environment: place)
                #expect(refused.status == 4, "\(refused.stderr)")
                let journal = try PaymentJournal(
                    path: data.appendingPathComponent("senfenico/journal.sqlite").path,
                    account: JournalAccount(key: APIKey(sandbox.key)))
                let entries = try journal.entries(from: Timestamp.now().adding(seconds: -600), to: .now())
                #expect(entries.map(\.stage) == [.failed] && entries.first?.failureCode == "INVALID_ACCOUNT")
            }
        }

        @Test func aTransferCreatedFromTheCommandLineIsJournaled() async throws {
            let data = FileManager.default.temporaryDirectory.appendingPathComponent("cli-journal-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: data) }
            let place = ["XDG_DATA_HOME": data.path]
            try await CLISandbox.with { sandbox in
                let extID = "0d6c2a4e-1b3f-4c5d-8e9f-000000000042"
                let sent = try await sandbox.run(
                    ["transfers", "create", "--amount", "1000", "--phone", "70000000", "--ext-id", extID],
                    environment: place)
                #expect(sent.status == 0, "\(sent.stderr)")
                let journal = try PaymentJournal(
                    path: data.appendingPathComponent("senfenico/journal.sqlite").path,
                    account: JournalAccount(key: APIKey(sandbox.key)))
                let entry = try #require(try journal.transferEntry(extID: extID))
                #expect(entry.stage == .sent && entry.reference != nil)
                #expect(try journal.transferEvents(extID: extID).map(\.stage) == [.sending, .sent])
            }
        }

        @Test func aBulkFilesRowsAreJournaledLikeSingleTransfers() async throws {
            let data = FileManager.default.temporaryDirectory.appendingPathComponent("cli-journal-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: data) }
            let file = data.appendingPathComponent("pay.csv")
            try "amount,recipient_phone,recipient_wallet,ext_id\n1000,70000000,,bulk-row-1\n1500,76000000,,bulk-row-2\n"
                .write(
                    to: file, atomically: true, encoding: .utf8)
            let place = ["XDG_DATA_HOME": data.path]
            try await CLISandbox.with { sandbox in
                let sent = try await sandbox.run(["transfers", "bulk", file.path, "--yes"], environment: place)
                #expect(sent.status == 0, "\(sent.stderr)")
                let journal = try PaymentJournal(
                    path: data.appendingPathComponent("senfenico/journal.sqlite").path,
                    account: JournalAccount(key: APIKey(sandbox.key)))
                for extID in ["bulk-row-1", "bulk-row-2"] {
                    let entry = try #require(try journal.transferEntry(extID: extID))
                    #expect(entry.stage == .sent && entry.serverStatus == "queued")
                    #expect(try journal.transferEvents(extID: extID).map(\.stage) == [.sending, .sent])
                }
            }
        }
    }
}
