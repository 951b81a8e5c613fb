import Testing

@testable import SenfenicoAPI

/// Forms a real server may send that the samples do not all show.
@Suite struct TolerantDecodingTests {
    private func charge(_ json: String) throws -> Charge {
        try #require(
            try Fixture.envelope(json: #"{"status": true, "message": "x", "data": \#(json)}"#, Charge.read).data)
    }

    @Test func amountsAsNumbersOrStrings() throws {
        #expect(try charge(#"{"reference": "a", "amount": "500", "status": "success"}"#).amount == Money(francs: 500))
        #expect(try charge(#"{"reference": "a", "amount": 500.0, "status": "success"}"#).amount == Money(francs: 500))
        #expect(try charge(#"{"reference": "a", "amount": 1.2e3, "status": "success"}"#).amount == Money(francs: 1200))
    }

    @Test func nullsEverywhereAndUnknownFields() throws {
        let parsed = try charge(
            """
            {"reference": "a", "amount": 5, "fees": null, "currency": null, "transaction_date": null,
             "ip_address": null, "status": "success", "live_mode": null, "payment_method": null, "provider": null,
             "phone": null, "confirmation_attempts": null, "brand_new_field": {"nested": [1, 2, {"x": "]"}]}}
            """)
        #expect(parsed.fees == nil)
        #expect(parsed.currency == "XOF")
        #expect(parsed.confirmationAttempts.isEmpty)
    }

    @Test func unknownStatusIsKeptNotFatal() throws {
        let json =
            #"{"status": true, "message": "x", "data": [{"reference": "a", "amount": 1, "status": "reversed"}, {"reference": "b", "amount": 2, "status": "success"}]}"#
        let list = try #require(try Fixture.envelope(json: json) { try $0.readList(Charge.self) }.data)
        #expect(list.map(\.status) == [.unknown("reversed"), .success])
        #expect(list[0].status.isOpen)
    }

    @Test func timestampsWithAndWithoutFractionsAndOffsets() {
        let reference = Timestamp(iso8601: "2024-08-18T11:43:47Z")
        #expect(reference != nil)
        #expect(Timestamp(iso8601: "2024-08-18T11:43:47+00:00") == reference)
        #expect(Timestamp(iso8601: "2024-08-18T12:43:47+01:00") == reference)
        #expect(
            Timestamp(iso8601: "2024-08-18T11:43:47.5Z")?.microsecondsSinceEpoch == reference!.microsecondsSinceEpoch
                + 500_000)
        #expect(Timestamp(iso8601: "2024-08-18T11:43:47.380565+00:00")?.iso8601 == "2024-08-18T11:43:47.380565Z")
        #expect(Timestamp(iso8601: "yesterday") == nil)
        #expect(Timestamp(iso8601: "1969-12-31T23:59:59Z")?.microsecondsSinceEpoch == -1_000_000)
    }

    @Test func escapedStrings() throws {
        let parsed = try charge(#"{"reference": "a\"b\\c\u00e9\ud83d\ude00", "amount": 1, "status": "success"}"#)
        #expect(parsed.reference == "a\"b\\cé😀")
    }

    @Test func missingRequiredFieldIsAnError() {
        #expect(throws: MissingField.self) {
            try charge(#"{"amount": 1, "status": "success"}"#)
        }
    }

    @Test func nestedValidationErrorsAreFlattened() throws {
        let json =
            #"{"status": false, "message": "Validation error", "errors": {"amount": ["Too small."], "payment_method_details": {"phone": ["Bad number."]}, "detail": "Plain text"}}"#
        let envelope = try Fixture.envelope(json: json) { try $0.skipValue() }
        #expect(envelope.errors["amount"] == ["Too small."])
        #expect(envelope.errors["payment_method_details.phone"] == ["Bad number."])
        #expect(envelope.errors["detail"] == ["Plain text"])
    }
}
