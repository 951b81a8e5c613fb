import Foundation
import Hummingbird
import Testing

extension CommandRuns {
    /// The built binary against `HostileServer` (issue 12): every run ends by its deadline, with a
    /// bounded output, no terminal control byte from the server, the key never shown, redirects
    /// never followed, and a charge whose answer is in doubt journaled as needing attention.
    ///
    /// Time bounds are generous for a loaded 2-core machine and far under what the unbounded
    /// behaviour takes (a trickled answer: minutes; an endless list: until memory runs out).
    @Suite struct HostileServerCLITests {
        static let key = "sk_test_hostile_SECRET42abcdef"
        static let chargeCreate = [
            "charges", "create", "--amount", "500", "--phone", "76000000", "--provider", "orange_bf",
        ]

        /// The server's answers hold what the tests look for, and the check finds it.
        @Test func theSpoiledAnswersAreHostile() throws {
            let spoiled = HostileSamples.spoiled(HostileSamples.chargeCreated)
            let text = String(decoding: spoiled, as: UTF8.self)
            #expect(text.contains(#"cHduZWQ=\u0007\u001b]0;pwned\u0007\u001b[2J"#))
            #expect(text.contains(#""display_text": "#), "keys untouched")
            #expect(MeasuredRun.controlBytes(in: Data(spoiled)).count == 2 * 4, "raw U+009B and U+202E in 4 strings")
            let decoded = try #require(try JSONSerialization.jsonObject(with: Data(spoiled)) as? [String: Any])
            let message = try #require(decoded["message"] as? String)
            #expect(message.hasPrefix("Charge attempted\u{1B}]52;c;"))
            #expect(
                MeasuredRun.controlBytes(in: Data(message.utf8)).count == 3 + 2 + 2 + 1, "ESC ×3, BEL ×2, C1 ×2, RLO")
        }

        // MARK: (a) valid answers, escape sequences in every string

        @Test func escapeSequencesInEveryStringReachNoTerminal() async throws {
            try await HostileServer.with({ request in
                guard let answer = HostileSamples.answer(to: request) else { return HostileSamples.notFound }
                return .json(.ok, bytes: HostileSamples.spoiled(answer))
            }) { server in
                let home = try HostileHome()
                // What each command shows, whole; the overview's tables have a test of their own, below.
                let shown: [([String], [String])] = [
                    (["balance"], ["18 692 F CFA", "5 000 F CFA", "Sank Money"]),
                    (
                        ["charges", "list"],
                        ["01b6f627-6123-43e7-89a7-4fcb9079b173", "77 xx xx xx", "success", "failed"]
                    ),
                    (Self.chargeCreate, ["ch_1ba1b4d1268b41079ee84c777e999f51", "Composez *144*4*6*500#"]),
                    (
                        ["transfers", "list"],
                        ["tr_61242504fdf24d1b9f5344deed8657f9", "65 xx xx xx", "pending", "success"]
                    ),
                ]
                for (arguments, texts) in shown {
                    let run = try await home.run(arguments, environment: environment(server))
                    expectBounded(run, arguments, seconds: 30, bytes: 64 << 10)
                    #expect(run.status == 0, "\(arguments): \(run.summary)")
                    expectReadable(run, arguments, showing: texts)
                }
                let overview = try await home.run(["overview"], environment: environment(server))
                expectBounded(overview, ["overview"], seconds: 30, bytes: 64 << 10)
                #expect(overview.status == 0, "\(overview.summary)")
                #expect(overview.stdoutText.contains("18 692 F CFA"), "\(overview.summary)")
                // --json: Senfenico's answer as JSON, valid, its escapes still escaped.
                let json = try await home.run(["balance", "--json"], environment: environment(server))
                expectBounded(json, ["balance", "--json"], seconds: 30, bytes: 64 << 10)
                #expect(json.status == 0, "\(json.summary)")
                #expect(json.controlBytes.isEmpty, "\(json.controlBytes.prefix(5)) \(json.summary)")
                #expect((try? JSONSerialization.jsonObject(with: json.stdout)) != nil, "\(json.summary)")
            }
        }

        /// Every field of both tables, whole, on lines of their own: each cell is cleaned before it
        /// is measured and padded, and a stray C1 CSI (U+009B) cannot swallow the next cells or the
        /// line breaks (found by this test: both were broken).
        @Test func theOverviewShowsEveryFieldDespiteEscapeSequences() async throws {
            try await HostileServer.with({ request in
                guard let answer = HostileSamples.answer(to: request) else { return HostileSamples.notFound }
                return .json(.ok, bytes: HostileSamples.spoiled(answer))
            }) { server in
                let run = try await HostileHome().run(["overview"], environment: environment(server))
                expectBounded(run, ["overview"], seconds: 30, bytes: 64 << 10)
                #expect(run.status == 0, "\(run.summary)")
                expectReadable(
                    run, ["overview"],
                    showing: [
                        "18 692 F CFA", "Recent charges (2 of 2)", "Recent transfers (2 of 2)", "77 xx xx xx",
                        "70 xx xx xx",
                        "success", "failed", "pending", "98b96ea4-210d-4ea0-9b03-8d7fd96e4064",
                        "73b96ea4-210d-4ea0-9b03-8d7fd96e4052",
                    ])
            }
        }

        // MARK: (b) a trickling body

        @Test func aTricklingBodyEndsAtTheTimeout() async throws {
            try await HostileServer.with({ request in
                let answer = HostileSamples.answer(to: request) ?? HostileSamples.balances
                return HostileServer.Reply(status: .ok, body: .trickle(Array(answer.utf8), interval: .seconds(1)))
            }) { server in
                let home = try HostileHome()
                // 5: no answer to a read; 6: a charge sent, its answer not whole by the deadline.
                for (arguments, status) in [
                    (["balance", "--timeout", "3"], Int32(5)), (Self.chargeCreate + ["--timeout", "3"], 6),
                ] {
                    let run = try await home.run(arguments, environment: environment(server))
                    expectBounded(run, arguments, seconds: 8, bytes: 10 << 10)
                    #expect(run.status == status, "\(arguments): \(run.summary)")
                }
                try await expectJournaledAsNeedingAttention(home, server)
            }
        }

        // MARK: (c) an endless list

        @Test func anEndlessListIsCutOffWithBoundedMemory() async throws {
            try await HostileServer.with({ request in
                guard request.method == "GET", HostileSamples.normalized(request.path) == "/v1/payment/charges" else {
                    return HostileSamples.notFound
                }
                return HostileServer.Reply(
                    status: .ok,
                    body: .endless(
                        head: Array(#"{"status": true, "message": "ok", "data": ["#.utf8),
                        element: Array(HostileSamples.charge.utf8)))
            }) { server in
                let home = try HostileHome()
                let arguments = ["charges", "list", "--timeout", "60"]
                let run = try await home.run(arguments, environment: environment(server))
                expectBounded(run, arguments, seconds: 60, bytes: 10 << 10)
                #expect(run.status == 7, "answer too large: \(run.summary)")
                #expect(run.peakKiB > 0, "VmHWM was read")
                #expect(run.peakKiB < 700 << 10, "peak memory: \(run.summary)")
            }
        }

        // MARK: (d) a 50 MB message

        @Test func aFiftyMegabyteMessageIsNotPrintedWhole() async throws {
            try await HostileServer.with({ _ in .json(.badRequest, bytes: HostileSamples.hugeMessage) }) { server in
                let home = try HostileHome()
                for arguments in [["balance"], ["charges", "list"], ["transfers", "list"]] {
                    let run = try await home.run(arguments, environment: environment(server))
                    expectBounded(run, arguments, seconds: 60, bytes: 10 << 10)
                    #expect(run.status != 0, "\(arguments): \(run.summary)")
                }
            }
        }

        // MARK: (e) the key echoed back

        @Test func anEchoedKeyIsNeverPrinted() async throws {
            try await HostileServer.with({ request in
                let key = request.apiKey ?? ""
                return .json(
                    .badRequest, #"{"status": false, "message": "refused key \#(key)", "error_code": "X_\#(key)"}"#)
            }) { server in
                let home = try HostileHome()
                for arguments in [["balance"], ["balance", "--json"], ["charges", "list"], Self.chargeCreate] {
                    let run = try await home.run(arguments, environment: environment(server))
                    expectBounded(run, arguments, seconds: 30, bytes: 10 << 10)
                    #expect(run.status != 0, "\(arguments): \(run.summary)")
                    #expect(!run.text.contains(Self.key), "\(arguments): \(run.summary)")
                    #expect(!run.text.contains("SECRET42"), "\(arguments): \(run.summary)")
                }
                #expect(server.requests.allSatisfy { $0.apiKey == Self.key }, "the key was sent")
            }
        }

        // MARK: (f) redirects

        @Test(arguments: [HTTPResponse.Status.found, .temporaryRedirect])
        func aRedirectIsNeverFollowed(_ status: HTTPResponse.Status) async throws {
            try await HostileServer.with({ request in
                if request.path.hasPrefix("/moved") {
                    return .json(.ok, HostileSamples.answer(to: request) ?? HostileSamples.balances)
                }
                return .json(
                    status, #"{"status": true, "message": "moved"}"#,
                    location: request.baseURL + "/moved" + request.path)
            }) { server in
                let home = try HostileHome()
                for arguments in [["balance"], ["charges", "list"]] {
                    let run = try await home.run(arguments, environment: environment(server))
                    expectBounded(run, arguments, seconds: 30, bytes: 10 << 10)
                    #expect(run.status == 7, "\(arguments): \(run.summary)")
                }
                let created = try await home.run(Self.chargeCreate, environment: environment(server))
                expectBounded(created, Self.chargeCreate, seconds: 30, bytes: 10 << 10)
                #expect(created.status == 6, "outcome unknown: \(created.summary)")
                #expect(server.requests.filter { $0.method == "POST" }.count == 1, "sent once: \(server.requests)")
                #expect(!server.requests.contains { $0.path.hasPrefix("/moved") }, "followed: \(server.requests)")
                try await expectJournaledAsNeedingAttention(home, server)
            }
        }

        // MARK: (g) (h) (i) truncated, deeply nested, too large

        @Test func truncatedNestedAndHugeAnswersAreRefused() async throws {
            let cases: [(String, [String], [UInt8])] = [
                (
                    "truncated", ["balance"],
                    Array(HostileSamples.balances.utf8.prefix(HostileSamples.balances.utf8.count * 3 / 5))
                ),
                (
                    "truncated", ["charges", "list"],
                    Array(HostileSamples.chargeList.utf8.prefix(HostileSamples.chargeList.utf8.count / 2))
                ),
                (
                    "nested", ["balance"],
                    HostileSamples.deeplyNested(opening: #"{"status": true, "message": "ok", "data": "#)
                ),
                (
                    "nested", ["charges", "list"],
                    HostileSamples.deeplyNested(opening: #"{"status": true, "message": "ok", "data": ["#)
                ),
                ("9 MiB", ["balance"], HostileSamples.nineMebibyteBalances),
            ]
            for (name, arguments, body) in cases {
                try await HostileServer.with({ _ in .json(.ok, bytes: body) }) { server in
                    let home = try HostileHome()
                    let run = try await home.run(arguments, environment: environment(server))
                    expectBounded(run, arguments, seconds: 30, bytes: 10 << 10)
                    #expect(run.status == 7, "\(name) \(arguments): \(run.summary)")
                    #expect(server.requests.count == 1, "\(name) \(arguments): not retried: \(server.requests)")
                }
            }
        }

        // MARK: (j) a 500 on charge create

        @Test func aServerErrorOnChargeCreateIsAnUnknownOutcome() async throws {
            try await HostileServer.with({ request in
                if request.method == "POST" {
                    return .json(.internalServerError, #"{"status": false, "message": "boom"}"#)
                }
                return .json(.ok, #"{"status": true, "message": "ok", "data": []}"#)
            }) { server in
                let home = try HostileHome()
                let english = try await home.run(Self.chargeCreate, environment: environment(server))
                expectBounded(english, Self.chargeCreate, seconds: 30, bytes: 10 << 10)
                #expect(english.status == 6, "\(english.summary)")
                #expect(english.stderrText.contains("This charge may have been created"), "\(english.summary)")

                let french = try await home.run(Self.chargeCreate + ["--lang", "fr"], environment: environment(server))
                expectBounded(french, Self.chargeCreate, seconds: 30, bytes: 10 << 10)
                #expect(french.status == 6, "\(french.summary)")
                #expect(french.stderrText.contains("Ce paiement a peut-être été créé"), "\(french.summary)")
                #expect(server.requests.filter { $0.method == "POST" }.count == 2, "never resent: \(server.requests)")
                try await expectJournaledAsNeedingAttention(home, server, count: 2)
            }
        }

        // MARK: Helpers

        /// The dashboard's own fetches against escape sequences in every string: what it drew
        /// holds none of the server's (no clipboard write, no title, no C1 or bidi character),
        /// and it still quits on `q`.
        @Test(.enabled(if: TerminalRun.available, "needs util-linux script for a terminal"))
        func theDashboardDrawsNoneOfTheServersEscapes() async throws {
            try await HostileServer.with({ request in
                guard let answer = HostileSamples.answer(to: request) else { return HostileSamples.notFound }
                return .json(.ok, bytes: HostileSamples.spoiled(answer))
            }) { server in
                let run = try await TerminalRun.session(
                    ["--lang", "en"], environment: environment(server), typed: "q", after: 4)
                let text = run.text
                #expect(run.status == 0, "\(text.suffix(2_000))")
                #expect(run.seconds < 30)
                #expect(!text.contains("cHduZWQ="), "the server's clipboard write reached the terminal")
                #expect(!text.contains("pwned"), "the server's window title reached the terminal")
                #expect(!text.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
                #expect(server.requests.contains { $0.path.hasPrefix("/v1/payment/balances") })
                // The spoiled charges were drawn (so the checks above looked at their text).
                #expect(text.contains("01b6f627"), "the charges list was not drawn")
            }
        }

        /// An endless charge list does not freeze the dashboard: it still answers `q` at once.
        @Test(.enabled(if: TerminalRun.available, "needs util-linux script for a terminal"))
        func theDashboardStaysResponsiveOnAnEndlessList() async throws {
            try await HostileServer.with({ request in
                if request.method == "GET", HostileSamples.normalized(request.path) == "/v1/payment/charges" {
                    return HostileServer.Reply(
                        status: .ok,
                        body: .endless(
                            head: Array(#"{"status": true, "message": "ok", "data": ["#.utf8),
                            element: Array(HostileSamples.charge.utf8)))
                }
                guard let answer = HostileSamples.answer(to: request) else { return HostileSamples.notFound }
                return .json(.ok, answer)
            }) { server in
                let run = try await TerminalRun.session(
                    ["--lang", "en"], environment: environment(server), typed: "q", after: 3)
                #expect(run.status == 0)
                #expect(run.seconds < 20, "took \(run.seconds) s to quit")
            }
        }

        private func environment(_ server: HostileServer) -> [String: String] {
            ["SENFENICO_API_KEY": Self.key, "SENFENICO_BASE_URL": server.baseURL, "LANG": "C.UTF-8"]
        }

        /// Exited (no signal, no crash status), within `seconds`, at most `bytes` written, and no
        /// terminal control byte in any of it.
        private func expectBounded(
            _ run: MeasuredRun, _ arguments: [String], seconds: Double, bytes: Int,
            sourceLocation: SourceLocation = #_sourceLocation
        ) {
            #expect(
                !run.signalled && run.status < 128, "crashed: \(arguments): \(run.summary)",
                sourceLocation: sourceLocation)
            #expect(run.seconds < seconds, "too slow: \(arguments): \(run.summary)", sourceLocation: sourceLocation)
            #expect(
                run.outputBytes <= bytes, "too much output: \(arguments): \(run.summary)",
                sourceLocation: sourceLocation)
            #expect(
                run.controlBytes.isEmpty, "control bytes: \(arguments): \(run.controlBytes.prefix(5)) \(run.summary)",
                sourceLocation: sourceLocation)
        }

        /// Standard output shows each of `texts` whole, and no line is wider than the tables
        /// without the server's escape sequences would make it.
        private func expectReadable(
            _ run: MeasuredRun, _ arguments: [String], showing texts: [String],
            sourceLocation: SourceLocation = #_sourceLocation
        ) {
            for text in texts {
                #expect(
                    run.stdoutText.contains(text), "\(arguments): \(text) missing: \(run.summary)",
                    sourceLocation: sourceLocation)
            }
            let widest = run.stdoutText.split(separator: "\n").map(\.count).max() ?? 0
            #expect(
                widest <= 140, "\(arguments): a line of \(widest) characters: \(run.summary)",
                sourceLocation: sourceLocation)
        }

        /// `journal list --json` in the same HOME lists `count` charges, each at a stage that needs
        /// the cashier's attention.
        private func expectJournaledAsNeedingAttention(
            _ home: HostileHome, _ server: HostileServer, count: Int = 1,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws {
            let listed = try await home.run(["journal", "list", "--json"], environment: environment(server))
            #expect(listed.status == 0, "\(listed.summary)", sourceLocation: sourceLocation)
            let entries = Self.objects(withKey: "stage", in: try JSONSerialization.jsonObject(with: listed.stdout))
            #expect(entries.count == count, "\(listed.summary)", sourceLocation: sourceLocation)
            for entry in entries {
                #expect(entry["stage"] as? String == "outcome_unknown", "\(entry)", sourceLocation: sourceLocation)
            }
        }

        private static func objects(withKey key: String, in value: Any) -> [[String: Any]] {
            if let object = value as? [String: Any] {
                if object[key] != nil { return [object] }
                return object.values.flatMap { objects(withKey: key, in: $0) }
            }
            if let array = value as? [Any] { return array.flatMap { objects(withKey: key, in: $0) } }
            return []
        }
    }
}

/// Senfenico's answers as documented (from Tests/SenfenicoAPITests/Fixtures), and the hostile
/// variants made of them.
enum HostileSamples {
    static let balances =
        #"{"status": true, "message": "Balance retrieved", "data": {"collection_balances": {"available": 18692.0, "pending": 5000.0, "currency": "XOF"}, "transfer_balances": {"total_available": 0.0, "total_pending": 0.0, "orange_money_bf": {"available": 0.0, "pending": 0.0}, "moov_money_bf": {"available": 0.0, "pending": 0.0}, "sank_money_bf": {"available": 0.0, "pending": 0.0}}}}"#

    static let charge =
        #"{"reference": "01b6f627-6123-43e7-89a7-4fcb9079b173", "amount": 500, "fees": "2.00", "currency": "XOF", "transaction_date": "2023-07-27T10:26:50.563219Z", "ip_address": "172.23.0.1", "status": "success", "live_mode": false, "payment_method": "mobile_money", "provider": "orange_bf", "phone": "77xxxxxx", "cancelled_at": null, "cancellation_reason": null, "created_at": "2023-07-27T10:26:50.571137Z", "updated_at": "2023-07-27T10:27:19.402034Z", "confirmation_attempts": [{"ip_address": "172.23.0.1", "attempt_date": "2023-07-27T10:27:19.385100Z", "confirmation_status": "success"}]}"#

    static let chargeList =
        #"{"status": true, "message": "Charge list retreived", "data": [\#(charge), {"reference": "285a232b-a3b0-4af4-92f3-9c07d10aa13c", "amount": 500, "fees": "2.00", "currency": "XOF", "transaction_date": "2023-07-14T12:02:10.115968Z", "ip_address": "127.0.0.1", "status": "failed", "live_mode": false, "payment_method": "mobile_money", "provider": "moov_bf", "phone": "70xxxxxx", "cancelled_at": null, "cancellation_reason": null, "created_at": "2023-07-14T12:02:10.128193Z", "updated_at": "2023-07-14T12:03:59.453015Z", "confirmation_attempts": []}]}"#

    static let chargeCreated =
        #"{"status": true, "message": "Charge attempted", "data": {"reference": "ch_1ba1b4d1268b41079ee84c777e999f51", "status": "send_otp", "display_text": "Composez *144*4*6*500# pour obtenir un code OTP, puis entrez-le sur notre plateforme pour finaliser la transaction.", "live_mode": false}}"#

    static let transferList =
        #"{"status": true, "message": "Transfer list retrieved", "data": [{"reference": "tr_61242504fdf24d1b9f5344deed8657f9", "amount": 100, "fees": "1.50", "currency": "XOF", "ip_address": "172.18.0.1", "status": "pending", "live_mode": false, "recipient_wallet": "orange_bf", "recipient_phone": "65xxxxxx", "ext_id": "98b96ea4-210d-4ea0-9b03-8d7fd96e4064", "created_at": "2024-03-21T13:34:34.268389Z"}, {"reference": "tr_f93b234379994c4498c0014d87936dae", "amount": 100, "fees": "1.50", "currency": "XOF", "ip_address": "172.18.0.1", "status": "success", "live_mode": false, "recipient_wallet": "moov_bf", "recipient_phone": "70xxxxxx", "ext_id": "73b96ea4-210d-4ea0-9b03-8d7fd96e4052", "created_at": "2024-03-21T13:22:51.139807Z"}]}"#

    static let notFound = HostileServer.Reply.json(.notFound, #"{"status": false, "message": "Not found"}"#)

    /// The answer Senfenico gives to this request, if it is one the tests use.
    static func answer(to request: HostileServer.Request) -> String? {
        let path = normalized(request.path)
        if path.hasSuffix("/v1/payment/balances") { return balances }
        if path.hasSuffix("/v1/payment/charges") { return request.method == "POST" ? chargeCreated : chargeList }
        if path.hasSuffix("/v1/payment/transfers") { return transferList }
        return nil
    }

    static func normalized(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Put at the end of every string value: OSC 52 (clipboard), OSC 0 (title), CSI 2J (clear
    /// screen) and a C1 CSI, all JSON-escaped; then a raw C1 CSI (bytes C2 9B) and a right-to-left
    /// override (U+202E), as raw UTF-8.
    static let poison = Array(
        (#"\u001b]52;c;cHduZWQ=\u0007\u001b]0;pwned\u0007\u001b[2J\u009b"# + "\u{9B}\u{202E}").utf8)

    /// `json` with `poison` before the closing quote of every string value (keys untouched).
    static func spoiled(_ json: String) -> [UInt8] {
        let bytes = Array(json.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        var inString = false
        var escaped = false
        for (index, byte) in bytes.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    let next = bytes[(index + 1)...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
                    if next != UInt8(ascii: ":") { result += poison }
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
            result.append(byte)
        }
        return result
    }

    /// HTTP 400's body: a 50 MB `message`, no error_code.
    static let hugeMessage: [UInt8] = {
        var bytes = Array(#"{"status": false, "message": ""#.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "A"), count: 50_000_000)
        bytes += Array(#""}"#.utf8)
        return bytes
    }()

    /// `opening` then 100 000 `[`, never closed.
    static func deeplyNested(opening: String) -> [UInt8] {
        Array(opening.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    }

    /// A valid balances answer of 9 MiB, one object (a long extra string in `data`).
    static let nineMebibyteBalances: [UInt8] = {
        var bytes = Array(
            #"{"status": true, "message": "Balance retrieved", "data": {"collection_balances": {"available": 1.0, "pending": 0.0, "currency": "XOF"}, "padding": ""#
                .utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 9 << 20)
        bytes += Array(#""}}"#.utf8)
        return bytes
    }()
}
