/// Request bodies exactly as documented. Amounts go out as JSON integers (the parameter
/// tables say `int`; the `"500"` string of the charge example is accepted by the server but
/// not what its tables document).
extension ChargeRequest {
    public var jsonBody: [UInt8] {
        var json = JSONWriter()
        json.object { json in
            json.member("amount", number: amount.jsonText)
            json.member("currency", currency)
            json.member("payment_method", paymentMethod)
            json.key("payment_method_details")
            json.object { json in
                json.member("phone", phone.digits)
                json.member("provider", provider.rawValue)
            }
        }
        return json.bytes
    }
}

extension OTPSubmission {
    public var jsonBody: [UInt8] {
        var json = JSONWriter()
        json.object { json in
            json.member("otp", otp)
            json.member("charge_reference", chargeReference)
        }
        return json.bytes
    }
}

extension TransferRequest {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("amount", number: amount.jsonText)
            json.member("recipient_phone", recipientPhone.digits)
            if let recipientWallet { json.member("recipient_wallet", recipientWallet.rawValue) }
            if let extID { json.member("ext_id", extID) }
        }
    }

    public var jsonBody: [UInt8] {
        var json = JSONWriter()
        write(to: &json)
        return json.bytes
    }
}

extension Array where Element == TransferRequest {
    /// `{"transfers": [...]}` for the bulk endpoint.
    public var bulkJSONBody: [UInt8] {
        var json = JSONWriter()
        json.object { json in
            json.key("transfers")
            json.array { json in
                for transfer in self { transfer.write(to: &json) }
            }
        }
        return json.bytes
    }
}

extension SettlementRequest {
    public var jsonBody: [UInt8] {
        var json = JSONWriter()
        json.object { json in json.member("amount", number: amount.jsonText) }
        return json.bytes
    }
}

extension CheckoutRequest {
    public var jsonBody: [UInt8] {
        var json = JSONWriter()
        json.object { json in
            if let email { json.member("email", email) }
            json.member("amount", number: amount.jsonText)
            json.member("success_url", successURL)
            json.member("cancel_url", cancelURL)
        }
        return json.bytes
    }
}
