import Testing

@testable import SenfenicoAPI

/// The webhook serializer against text printed by CPython 3's `json.dumps` (pasted below as
/// expected literals), and signing and verifying as the official SDK's `construct_event` does.
@Suite struct WebhookSignatureTests {
    /// The test key, built at run time so that no key-shaped literal sits in the sources.
    static let key = WebhookKey("whk_" + "test_0123456789abcdef")!

    private func dumps(_ value: PythonJSON) -> String { value.pythonDumpsText }

    @Test func keysKeepTheirOrderWithPythonSeparators() {
        let value = PythonJSON.object([.init("event", .string("charge.success")), .init("data", .string("x"))])
        #expect(dumps(value) == #"{"event": "charge.success", "data": "x"}"#)
    }

    @Test func nonASCIIIsEscapedLowercaseWithSurrogatePairs() {
        let value = PythonJSON.object([
            .init("name", .string("Ouagadougou – café été")), .init("emoji", .string("paid 😀")),
            .init("cjk", .string("支付")),
        ])
        #expect(
            dumps(value)
                == #"{"name": "Ouagadougou \u2013 caf\u00e9 \u00e9t\u00e9", "emoji": "paid \ud83d\ude00", "cjk": "\u652f\u4ed8"}"#
        )
    }

    @Test func escapesAreExactlyPythons() {
        let value = PythonJSON.object([
            .init("q", .string("say \"hi\"")), .init("bs", .string("a\\b")),
            .init("ctl", .string("\n\r\t\u{08}\u{0C}\u{00}\u{1F}\u{7F}")), .init("slash", .string("/")),
        ])
        #expect(
            dumps(value)
                == #"{"q": "say \"hi\"", "bs": "a\\b", "ctl": "\n\r\t\b\f\u0000\u001f\u007f", "slash": "/"}"#)
    }

    @Test func nestedValuesAndBigIntegers() throws {
        let text =
            #"{"z": 1, "a": [1, -2, true, false, null, {"k": []}, {}], "m": {"y": "2", "x": 1000000000000000000000000000000}}"#
        let value = try PythonJSON.pythonLoads(Array(text.utf8))
        #expect(dumps(value) == text)
    }

    @Test func floatsAreWrittenAsPythonsRepr() {
        let values: [Double] = [3.5, 18692.0, 1e16, 1e15, 0.0001, 1e-05, -0.0, 1.5e-07, 123.456]
        #expect(
            dumps(.array(values.map(PythonJSON.float)))
                == "[3.5, 18692.0, 1e+16, 1000000000000000.0, 0.0001, 1e-05, -0.0, 1.5e-07, 123.456]")
        #expect(dumps(.array([.float(.nan), .float(.infinity), .float(-.infinity)])) == "[NaN, Infinity, -Infinity]")
    }

    @Test func loadsThenDumpsAsPythonDoes() throws {
        // A repeated key keeps its first place and its last value.
        #expect(dumps(try PythonJSON.pythonLoads(Array(#"{"a": 1, "b": 2, "a": 3}"#.utf8))) == #"{"a": 3, "b": 2}"#)
        // A lone surrogate survives; a pair is kept as is.
        #expect(
            dumps(try PythonJSON.pythonLoads(Array(#"{"x":"\ud800","y":"\uD83D\uDE00"}"#.utf8)))
                == #"{"x": "\ud800", "y": "\ud83d\ude00"}"#)
        #expect(
            dumps(
                try PythonJSON.pythonLoads(
                    Array(#" {"n":  -0 , "f": 1E2, "big": 123456789012345678901234567890} "#.utf8)))
                == #"{"n": 0, "f": 100.0, "big": 123456789012345678901234567890}"#)
    }

    @Test func loadsRefusesWhatPythonRefuses() {
        for text in ["{\"a\": 1,}", "[01]", "\"tab\there\"", "{'a': 1}", "[1] x", "\"\\x\"", ""] {
            #expect(throws: PythonJSON.LoadError.self, "\(text)") { try PythonJSON.pythonLoads(Array(text.utf8)) }
        }
        #expect(throws: PythonJSON.LoadError.self) { try PythonJSON.pythonLoads([0x22, 0xC3, 0x28, 0x22]) }
    }

    /// `hashlib.sha256((json.dumps(payload) + key).encode()).hexdigest()` in CPython.
    @Test func hashIsSHA256OfTheDumpedBodyThenTheKey() {
        let data = PythonJSON.object([.init("reference", .string("ch_1")), .init("note", .string("café 😀"))])
        let event = WebhookEvent(name: "charge.success", object: data)
        let body = String(decoding: event.body, as: UTF8.self)
        #expect(
            body
                == #"{"event": "charge.success", "data": "{\"reference\": \"ch_1\", \"note\": \"caf\\u00e9 \\ud83d\\ude00\"}"}"#
        )
        #expect(
            WebhookSignature.hash(of: event.body, key: Self.key)
                == "7d7f14f54c638b0cbfdb6f630400175a5bd68a5f6968251e3040995a0ae0c726")
    }

    static let charge = Charge(
        reference: "ch_abc", amount: Money(francs: 500), fees: FeeRate("3.50"), transactionDate: nil,
        ipAddress: "127.0.0.1", status: .success, provider: .orange, phone: "76000000")

    @Test func aSignedEventIsAcceptedAndItsObjectHasTheSDKFields() throws {
        let event = WebhookEvent(charge: Self.charge)
        #expect(event.name == "charge.success")
        let check = WebhookSignature.verify(
            body: event.body, hash: WebhookSignature.hash(of: event.body, key: Self.key), key: Self.key)
        #expect(check == .accepted(event, rawBodyIsCanonical: true))
        let object = try #require(event.object)
        guard case .object(let members) = object else { Issue.record("not an object"); return }
        #expect(Set(members.map(\.key.text)) == Set(WebhookObjectKind.charge.fields))
    }

    @Test func aTamperedBodyAnotherKeyOrAMissingFieldIsRefused() {
        let event = WebhookEvent(charge: Self.charge)
        let hash = WebhookSignature.hash(of: event.body, key: Self.key)
        var tampered = event.body
        tampered[tampered.count - 3] = UInt8(ascii: "9")
        #expect(WebhookSignature.verify(body: tampered, hash: hash, key: Self.key) == .refused(.hashMismatch))
        let other = WebhookKey("whk_" + "test_fedcba9876543210")!
        #expect(WebhookSignature.verify(body: event.body, hash: hash, key: other) == .refused(.hashMismatch))
        #expect(WebhookSignature.verify(body: Array("nope".utf8), hash: hash, key: Self.key).isAccepted == false)

        let partial = WebhookEvent(name: "charge.success", data: #"{"reference": "ch_1", "extra": 1}"#)
        let check = WebhookSignature.verify(
            body: partial.body, hash: WebhookSignature.hash(of: partial.body, key: Self.key), key: Self.key)
        guard case .refused(.fields(let missing, let extra)) = check else {
            Issue.record("expected a field refusal, got \(check)")
            return
        }
        #expect(extra == ["extra"])
        #expect(missing.contains("amount") && !missing.contains("confirmation_attempts"))
    }

    /// What the Python SDK accepts and the PHP SDK would not: the same JSON with other spacing.
    @Test func aReformattedBodyIsAcceptedAsPythonDoesButFlagged() {
        let event = WebhookEvent(charge: Self.charge)
        let hash = WebhookSignature.hash(of: event.body, key: Self.key)
        let compact = String(decoding: event.body, as: UTF8.self).replacingOccurrences(
            of: "\", \"data\": ", with: "\",\"data\":")
        #expect(
            WebhookSignature.verify(body: Array(compact.utf8), hash: hash, key: Self.key)
                == .accepted(event, rawBodyIsCanonical: false))
    }

    @Test func theKeyIsNeverShownInFull() {
        #expect(Self.key.description == "…cdef")
        #expect("\(Self.key)".contains("0123456789") == false)
        #expect(String(reflecting: Self.key).contains("0123456789") == false)
    }
}
