import Foundation
import Testing

@testable import SenfenicoAPI

@Suite struct JSONWriterTests {
    @Test func writesOrderedMembersWithNullsAndEscapes() {
        var json = JSONWriter()
        json.object { json in
            json.member("a", "x\"y\n")
            json.member("b", nil as String?)
            json.key("c")
            json.array { json in
                json.number(1)
                json.object { json in json.member("d", true) }
            }
            json.member("e", number: "18692.0")
        }
        #expect(json.text == #"{"a":"x\"y\n","b":null,"c":[1,{"d":true}],"e":18692.0}"#)
    }

    @Test func requestBodiesAreTheDocumentedOnes() throws {
        let request = try ChargeRequest.validated(
            amount: Money(francs: 500), phone: "+226 76 00 00 00", provider: .orange
        ).get()
        #expect(
            String(decoding: request.jsonBody, as: UTF8.self)
                == #"{"amount":500,"currency":"XOF","payment_method":"mobile_money","payment_method_details":{"phone":"76000000","provider":"orange_bf"}}"#
        )
        let transfers = [
            TransferRequest(
                amount: Money(francs: 100), recipientPhone: PhoneNumber("65000000")!, recipientWallet: .orange),
            TransferRequest(amount: Money(francs: 100), recipientPhone: PhoneNumber("63000000")!, extID: "e1"),
        ]
        #expect(
            String(decoding: transfers.bulkJSONBody, as: UTF8.self)
                == #"{"transfers":[{"amount":100,"recipient_phone":"65000000","recipient_wallet":"orange_bf"},{"amount":100,"recipient_phone":"63000000","ext_id":"e1"}]}"#
        )
        #expect(
            String(decoding: OTPSubmission(chargeReference: "ch_1", otp: "012345").jsonBody, as: UTF8.self)
                == #"{"otp":"012345","charge_reference":"ch_1"}"#)
    }

    @Test func modelsRoundTripThroughTheWireForm() throws {
        let original = try #require(try Fixture.envelope("charge-fetch", Charge.read).data)
        var json = JSONWriter()
        original.write(to: &json)
        let back = try json.bytes.withUnsafeBytes { raw in
            var reader = JSONReader(raw)
            return try Charge.read(from: &reader)
        }
        #expect(back == original)
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]).keys
        #expect(Set(keys).count == 16)
    }
}

@Suite struct ListStreamDecoderTests {
    private func bigList(count: Int) -> [UInt8] {
        var json = JSONWriter()
        json.object { json in
            json.member("status", true)
            json.member("message", "Charge list retreived")
            json.key("data")
            json.array { json in
                for index in 0..<count {
                    Charge(
                        reference: "ch_\(index)", amount: Money(francs: Int64(index + 1)), fees: FeeRate("3.50"),
                        status: index % 2 == 0 ? .success : .failed, phone: "76000000",
                        createdAt: Timestamp(microsecondsSinceEpoch: Int64(index)),
                        confirmationAttempts: [
                            ConfirmationAttempt(ipAddress: "127.0.0.1", attemptDate: nil, confirmationStatus: .success)
                        ]
                    ).write(to: &json)
                }
            }
        }
        return json.bytes
    }

    @Test(arguments: [1, 7, 64, 4096, 1 << 20])
    func decodesWhateverTheChunkSize(chunkSize: Int) throws {
        let body = bigList(count: 300)
        var decoder = ListStreamDecoder<Charge>()
        var offset = 0
        while offset < body.count {
            let end = min(offset + chunkSize, body.count)
            try decoder.feed(body[offset..<end])
            offset = end
        }
        try decoder.finish()
        #expect(decoder.elements.count == 300)
        #expect(decoder.elements.last?.amount == Money(francs: 300))
        #expect(decoder.envelope.status == true)
        #expect(decoder.envelope.message == "Charge list retreived")
    }

    @Test func dataBeforeStatusAndErrorEnvelopes() throws {
        var decoder = ListStreamDecoder<Charge>()
        try decoder.feed(Array(#"{"data": [], "status": true, "message": "m"}"#.utf8))
        try decoder.finish()
        #expect(decoder.sawDataArray && decoder.envelope.status == true)

        var failing = ListStreamDecoder<Charge>()
        try failing.feed(Array(#"{"status": false, "message": "Invalid API key"}"#.utf8))
        try failing.finish()
        #expect(!failing.sawDataArray && failing.envelope.message == "Invalid API key")
    }

    @Test func aBodyCutShortIsAnError() throws {
        let body = bigList(count: 3)
        var decoder = ListStreamDecoder<Charge>()
        try decoder.feed(body.dropLast(10))
        #expect(throws: JSONReader.Failure.truncated) { try decoder.finish() }
    }
}
