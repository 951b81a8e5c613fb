import Foundation
import Testing

extension CommandRuns {
    /// Every scriptable command run as a script would, against the sandbox: `--json` parsed back.
    @Suite struct CommandContractTests {
        @Test func balanceAndEveryListAreTheAPIEnvelope() async throws {
            try await CLISandbox.with { sandbox in
                let balance = try await sandbox.run(["balance", "--json"])
                #expect(balance.status == 0)
                let data = try balance.data()
                let transfer = try #require(data["transfer_balances"] as? [String: Any])
                let orange = try #require(transfer["orange_money_bf"] as? [String: Any])
                #expect(orange["available"] as? Double == 100_000)
                #expect(data["collection_balances"] is [String: Any])

                for command in ["charges", "transfers", "settlements", "checkouts"] {
                    let listed = try await sandbox.run([command, "list", "--json"])
                    #expect(listed.status == 0, "\(command) list: \(listed.stderr)")
                    #expect(try listed.list().isEmpty, "\(command) list on a new account")
                    // Without a subcommand, a group lists.
                    let bare = try await sandbox.run([command, "--json"])
                    #expect(try bare.list().isEmpty)
                }
            }
        }

        @Test func chargeCreateSubmitOTPThenGet() async throws {
            try await CLISandbox.with { sandbox in
                let created = try await sandbox.run([
                    "charges", "create", "--amount", "1000", "--phone", "76000000", "--json",
                ])
                #expect(created.status == 0, "\(created.stderr)")
                let attempt = try created.data()
                let reference = try #require(attempt["reference"] as? String)
                #expect(attempt["status"] as? String == "send_otp")
                #expect((attempt["display_text"] as? String)?.contains("*144*") == true)

                let submitted = try await sandbox.run(["charges", "submit-otp", reference, "--otp", "123456", "--json"])
                #expect(submitted.status == 0, "\(submitted.stderr)")
                #expect(try submitted.data()["status"] as? String == "success")

                let fetched = try await sandbox.run(["charges", "get", reference, "--json"])
                let charge = try fetched.data()
                #expect(charge["reference"] as? String == reference)
                #expect(charge["status"] as? String == "success")
                #expect(charge["amount"] as? Int == 1000)
                #expect(charge["phone"] as? String == "76000000")

                let listed = try await sandbox.run(["charges", "list", "--json"])
                #expect(try listed.list().contains { $0["reference"] as? String == reference })
            }
        }

        @Test func theOTPCanComeFromStandardInputAndTheProviderFromThePrefix() async throws {
            try await CLISandbox.with { sandbox in
                let created = try await sandbox.run([
                    "charges", "create", "--amount", "1 500", "--phone", "+226 71 00 00 00",
                ])
                #expect(created.status == 0, "\(created.stderr)")
                #expect(created.stdout.contains("Moov Money"))
                #expect(created.stdout.contains("1 500 F CFA"))
                #expect(created.stdout.contains("71 00 00 00"))
                let reference = try #require(
                    created.stdout.split(separator: "\n").first { $0.hasPrefix("Reference") }?.split(separator: " ")
                        .last)
                #expect(created.stdout.contains("senfenico charges submit-otp \(reference) --otp CODE"))

                let submitted = try await sandbox.run(
                    ["charges", "submit-otp", String(reference), "--otp", "-", "--json"], stdin: "123456\n")
                #expect(try submitted.data()["status"] as? String == "success")
            }
        }

        @Test func humanTablesFormatMoneyAndPhonesInBothLanguages() async throws {
            try await CLISandbox.with { sandbox in
                let balance = try await sandbox.run(["balance"])
                #expect(balance.status == 0)
                #expect(balance.stdout.contains("100 000 F CFA"))
                #expect(balance.stdout.contains("  Orange Money"))
                let french = try await sandbox.run(["balance", "--lang", "fr"])
                #expect(french.stdout.contains("Disponible"))
                #expect(french.stdout.contains("Encaissements"))

                _ = try await sandbox.run(["transfers", "create", "--amount", "12500", "--phone", "70000000"])
                let transfers = try await sandbox.run(["transfers", "list", "--lang", "fr"])
                #expect(transfers.stdout.contains("12 500 F CFA"))
                #expect(transfers.stdout.contains("70 00 00 00"))
                #expect(transfers.stdout.contains("Montant"))
                // Columns line up: every row starts its amount where the header's column starts.
                let lines = transfers.stdout.split(separator: "\n").map(String.init)
                let column = try #require(lines.first?.range(of: "Montant")?.lowerBound.utf16Offset(in: lines[0]))
                #expect(lines.dropFirst().allSatisfy { $0.utf16.count > column })
            }
        }

        @Test func transferCreateGetAndASafeRetryWithTheSameExtID() async throws {
            try await CLISandbox.with { sandbox in
                let generated = try await sandbox.run(["transfers", "create", "--amount", "500", "--phone", "70000000"])
                #expect(generated.status == 0, "\(generated.stderr)")
                #expect(generated.stderr.contains("to retry safely after a lost answer, run again with --ext-id "))

                let created = try await sandbox.run(
                    ["transfers", "create", "--amount", "1000", "--phone", "65000000", "--ext-id", "cli-1", "--json"])
                #expect(created.status == 0, "\(created.stderr)")
                #expect(!created.stderr.contains("run again with --ext-id"))
                let transfer = try created.data()
                let reference = try #require(transfer["reference"] as? String)
                #expect(transfer["ext_id"] as? String == "cli-1")
                #expect(transfer["recipient_wallet"] as? String == "orange_bf")

                let fetched = try await sandbox.run(["transfers", "get", reference, "--json"])
                #expect(try fetched.data()["reference"] as? String == reference)

                // The same ext_id again: nothing new is paid; the earlier transfer is shown, status 0.
                let again = try await sandbox.run(
                    ["transfers", "create", "--amount", "1000", "--phone", "65000000", "--ext-id", "cli-1", "--json"])
                #expect(again.status == 0, "\(again.stderr)")
                #expect(again.stderr.contains("already exists (\(reference))"))
                #expect(try again.data()["reference"] as? String == reference)

                let listed = try await sandbox.run(["transfers", "list", "--json"])
                let transfers = try listed.list()
                #expect(transfers.count == 2)
                #expect(transfers.contains { $0["ext_id"] as? String == "cli-1" })
            }
        }

        @Test func settlementCreateThenCancel() async throws {
            try await CLISandbox.with { sandbox in
                // Collect money first, and let it settle into the available balance.
                let charge = try await sandbox.run([
                    "charges", "create", "--amount", "2000", "--phone", "65000000", "--json",
                ])
                let reference = try #require(try charge.data()["reference"] as? String)
                _ = try await sandbox.run(["charges", "submit-otp", reference, "--otp", "123456"])
                sandbox.advance(seconds: 10)

                let created = try await sandbox.run(["settlements", "create", "--amount", "1000", "--json"])
                #expect(created.status == 0, "\(created.stderr)")
                let settlement = try created.data()
                let settlementReference = try #require(settlement["reference"] as? String)
                #expect(settlement["status"] as? String == "processing")
                #expect(settlement["amount"] as? Int == 1000)

                let fetched = try await sandbox.run(["settlements", "get", settlementReference])
                #expect(fetched.stdout.contains("1 000 F CFA"))

                let cancelled = try await sandbox.run(["settlements", "cancel", settlementReference, "--json"])
                #expect(cancelled.status == 0, "\(cancelled.stderr)")
                #expect(try cancelled.data()["status"] as? String == "cancelled")

                let listed = try await sandbox.run(["settlements", "list", "--json"])
                #expect(try listed.list().map { $0["reference"] as? String } == [settlementReference])

                let twice = try await sandbox.run(["settlements", "cancel", settlementReference])
                #expect(twice.status == 4)
                #expect(twice.stdout.isEmpty)
            }
        }

        @Test func checkoutCreateThenGet() async throws {
            try await CLISandbox.with { sandbox in
                let created = try await sandbox.run([
                    "checkouts", "create", "--amount", "600", "--email", "customer@mail.com", "--success-url",
                    "https://shop.example/ok", "--cancel-url", "https://shop.example/cancel", "--json",
                ])
                #expect(created.status == 0, "\(created.stderr)")
                let session = try created.data()
                let reference = try #require(session["reference"] as? String)
                let url = try #require(session["authorization_url"] as? String)
                #expect(url.contains(reference))

                let fetched = try await sandbox.run(["checkouts", "get", reference, "--json"])
                let checkout = try fetched.data()
                #expect(checkout["status"] as? String == "pending")
                #expect(checkout["email"] as? String == "customer@mail.com")
                #expect(checkout["amount"] as? Int == 600)

                let human = try await sandbox.run([
                    "checkouts", "create", "--amount", "700", "--success-url", "https://shop.example/ok",
                    "--cancel-url",
                    "https://shop.example/cancel",
                ])
                #expect(human.stdout.contains("Authorization URL"))
                #expect(human.stdout.contains("/payment_page/"))

                let listed = try await sandbox.run(["checkouts", "list", "--json"])
                #expect(try listed.list().count == 2)
            }
        }

        @Test func withoutAKeyEachCommandStartsAnEmbeddedSandbox() async throws {
            let result = try await CLI.run(["balance", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try result.data()["transfer_balances"] != nil)
            #expect(result.stderr.contains("embedded sandbox"))
        }
    }
}
