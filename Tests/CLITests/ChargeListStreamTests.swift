import Foundation
import SenfenicoAPI
import SenfenicoSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension CommandRuns {
    /// `charges list` on a big list (issue 14): `--json` is the answer's body copied through while
    /// it downloads, and must print what the whole-body path printed (the body as received, made
    /// safe by `Console.json`'s rules); `--limit 0` prints every row in the same table.
    @Suite struct ChargeListStreamTests {
        static let key = "sk_" + "test_stream_SECRET42abcdef"

        @Test func jsonIsTheBodyAsReceivedAndLimitZeroPrintsEveryRow() async throws {
            let server = SandboxServer(options: SandboxOptions(port: 0, seedCharges: 2_000))
            let port = try await server.start()
            do {
                let base = "http://127.0.0.1:\(port)"
                let environment = ["SENFENICO_API_KEY": Self.key, "SENFENICO_BASE_URL": base, "LANG": "C.UTF-8"]
                let body = try await Self.rawBody(base + "/v1/payment/charges")

                let json = try await CLI.run(["charges", "list", "--json"], environment: environment)
                #expect(json.status == 0, "\(json.stderr)")
                #expect(json.stdout == Self.consoleJSON(body), "--json is not the body as received")
                let items = try json.list()
                let expected = try #require(
                    (try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["data"]
                        as? [[String: Any]])
                #expect(items.count == 2_000)
                #expect(items.map { $0["reference"] as? String } == expected.map { $0["reference"] as? String })
                #expect(
                    items.map { $0["amount"] as? Int } == expected.map { $0["amount"] as? Int }
                        && items.map { $0["status"] as? String } == expected.map { $0["status"] as? String })

                let all = try await CLI.run(["charges", "list", "--limit", "0"], environment: environment)
                #expect(all.status == 0, "\(all.stderr)")
                #expect(all.stdout.hasSuffix("\n") && !all.stdout.hasSuffix("\n\n"))
                let lines = all.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                #expect(lines.count == 2_001, "a header and every row")
                let column = try #require(lines.first?.range(of: "Reference")).lowerBound.utf16Offset(in: lines[0])
                for (line, item) in zip(lines.dropFirst(), expected) {
                    let reference = try #require(item["reference"] as? String)
                    let found = line.range(of: reference).map { $0.lowerBound.utf16Offset(in: line) }
                    #expect(found == column, "\(reference) not in its column: \(line)")
                    #expect(!line.hasSuffix(" "))
                }

                let fifty = try await CLI.run(["charges", "list"], environment: environment)
                #expect(fifty.status == 0, "\(fifty.stderr)")
                let shown = fifty.stdout.split(separator: "\n")
                #expect(shown.count == 52)
                #expect(shown.last == "50 of 2000 shown (--limit 0 shows all).")
                #expect(Array(shown.prefix(51)) == Array(lines.prefix(51)), "the first 50 rows, laid out alike")
            } catch {
                await server.stop()
                throw error
            }
            await server.stop()
        }

        /// A body of several hundred kilobytes (many chunks) with control, C1 and bidi characters
        /// in its strings and the key echoed: the streamed output is byte for byte what the
        /// whole-body path made of it.
        @Test func aPoisonedBigListComesOutAsTheWholeBodyPathMadeIt() async throws {
            let charge = HostileSamples.charge.replacingOccurrences(
                of: #""cancellation_reason": null"#, with: "\"cancellation_reason\": \"echo \(Self.key) é 世界\"")
            let list =
                #"{"status": true, "message": "Charge list retreived", "data": ["#
                + Array(repeating: charge, count: 1_500).joined(separator: ", ") + "]}\r\n"
            let body = HostileSamples.spoiled(list)
            try await HostileServer.with({ _ in .json(.ok, bytes: body) }) { server in
                let environment = ["SENFENICO_API_KEY": Self.key, "SENFENICO_BASE_URL": server.baseURL]
                let run = try await CLI.run(["charges", "list", "--json"], environment: environment)
                #expect(run.status == 0, "\(run.stderr)")
                #expect(run.stdout == Self.consoleJSON(String(decoding: body, as: UTF8.self)))
                #expect(!run.stdout.contains(Self.key))
                #expect(try run.list().count == 1_500)
            }
        }

        /// Answers that are not a plain success are read whole, as before: a refusal in a 200, a
        /// `data` before the `status`, a body cut short.
        @Test func otherAnswersKeepTheirOutcome() async throws {
            let refusal = #"{"status": false, "message": "Invalid request", "error_code": "INVALID_REQUEST"}"#
            let dataFirst = #"{"data": [], "status": true, "message": "ok"}"#
            let list = HostileSamples.chargeList
            let cut = String(list.prefix(list.count - 20))
            let cases: [(String, Int32, String?)] = [
                (refusal, 4, refusal + "\n"), (dataFirst, 0, dataFirst + "\n"), (cut, 7, nil),
            ]
            for (answer, status, stdout) in cases {
                try await HostileServer.with({ _ in .json(.ok, answer) }) { server in
                    let environment = ["SENFENICO_API_KEY": Self.key, "SENFENICO_BASE_URL": server.baseURL]
                    let run = try await CLI.run(["charges", "list", "--json"], environment: environment)
                    #expect(run.status == status, "\(answer): \(run.stderr)")
                    if let stdout { #expect(run.stdout == stdout, "\(answer)") }
                    #expect(server.requests.count == 1, "\(answer): \(server.requests.map(\.line))")
                }
            }
        }

        /// What `Console.json` printed of a whole body: the key scrubbed, controls escaped, keys
        /// masked, one line break at the end.
        static func consoleJSON(_ body: String) -> String {
            let text = TextSanitizer.maskingKeys(
                JSONText.escapingControls(Redactor(key: APIKey(key)).scrub(body)))
            return text.hasSuffix("\n") ? text : text + "\n"
        }

        static func rawBody(_ url: String) async throws -> String {
            var request = URLRequest(url: try #require(URL(string: url)))
            request.setValue(key, forHTTPHeaderField: "X-API-KEY")
            let (data, _) = try await URLSession.shared.data(for: request)
            return String(decoding: data, as: UTF8.self)
        }
    }
}
