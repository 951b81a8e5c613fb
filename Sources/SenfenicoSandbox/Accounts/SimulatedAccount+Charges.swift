import SenfenicoAPI

extension SimulatedAccount {
    /// Creates a charge: `send_otp` for Orange, Moov and Coris, `pay_offline` for Sank, or a
    /// payment error for the magic numbers that fail at create.
    func createCharge(_ input: ChargeInput, ip: String) throws(SandboxFailure) -> ChargeAttempt {
        let now = prepare()
        if let code = MagicNumber(digits: input.phone.digits)?.createError {
            throw .payment(code, message: Messages.chargeFailed(code))
        }
        let offline = OperatorTexts.paysOffline(input.provider)
        let charge = Charge(
            reference: References.prefixed("ch", using: &generator), amount: input.amount, fees: Pricing.chargeRate,
            currency: "XOF", transactionDate: now, ipAddress: ip, status: offline ? .payOffline : .sendOTP,
            liveMode: false, paymentMethod: "mobile_money", provider: input.provider, phone: input.phone.digits,
            createdAt: now, updatedAt: now)
        chargeIndex[charge.reference] = charges.count
        charges.append(charge)
        changed(.charges, row: charges.count - 1)
        if offline {
            events.schedule(
                .offlineChargeCompletes(reference: charge.reference), at: now.adding(microseconds: delays.payOffline))
        }
        return ChargeAttempt(
            reference: charge.reference, status: charge.status,
            displayText: OperatorTexts.displayText(provider: input.provider, amount: input.amount), liveMode: false)
    }

    /// Checks an OTP against a charge awaiting one. Every submission on such a charge is
    /// recorded in `confirmation_attempts`.
    ///
    /// - A charge not awaiting an OTP (already `success`/`failed`, or `pay_offline`) answers
    ///   `INVALID_DATA` and records nothing: there was no OTP to check.
    /// - Past the OTP lifetime (5 min × time scale from the charge's creation), or for a
    ///   number ending `0000`+`05`: `OTP_EXPIRED`, and the charge ends `failed` (the sandbox
    ///   cannot send a new OTP for the same charge; create a new charge).
    /// - A wrong OTP: `OTP_INVALID`; the charge still awaits an OTP.
    /// - The right OTP (`123456`) on a magic number that fails there (`01`, `04`): that error,
    ///   and the charge ends `failed`.
    func submitOTP(_ input: OTPInput, ip: String) throws(SandboxFailure) -> Charge {
        let now = prepare()
        guard let index = chargeIndex[input.chargeReference] else {
            throw .payment(.chargeNotFound, message: Messages.chargeNotFound, status: .notFound)
        }
        var charge = charges[index]
        switch charge.status {
        case .sendOTP: break
        case .payOffline: throw .payment(.invalidData, message: Messages.chargeTakesNoOTP)
        default: throw .payment(.invalidData, message: Messages.chargeNotAwaitingOTP)
        }
        let magic = MagicNumber(digits: charge.phone ?? "")
        let age = now.microsecondsSinceEpoch - (charge.createdAt ?? now).microsecondsSinceEpoch
        let expired = magic == .otpExpired || (configuration.otpsExpire && age > delays.otpLifetime)

        func finish(_ result: ConfirmationStatus, status: ChargeStatus) {
            charge.confirmationAttempts.append(
                ConfirmationAttempt(ipAddress: ip, attemptDate: now, confirmationStatus: result))
            charge.status = status
            charge.updatedAt = now
            charges[index] = charge
            changed(.charges, row: index)
            checkoutFollowsCharge(charge, at: now)
        }

        if expired {
            finish(.failed, status: .failed)
            throw .payment(.otpExpired, message: Messages.chargeFailed(.otpExpired))
        }
        guard input.otp == TestOTP.value else {
            finish(.failed, status: .sendOTP)
            throw .payment(.otpInvalid, message: Messages.chargeFailed(.otpInvalid))
        }
        if let code = magic?.errorAfterCorrectOTP {
            finish(.failed, status: .failed)
            throw .payment(code, message: Messages.chargeFailed(code))
        }
        finish(.success, status: .success)
        credit(charge, at: now)
        return charge
    }

    func charge(_ reference: String) -> Charge? {
        _ = prepare()
        return chargeIndex[reference].map { charges[$0] }
    }

    func chargeList() -> EncodedList {
        _ = prepare()
        return list(.charges, message: Messages.chargeList, rows: charges, write: Self.writeCharge)
    }

    /// Sank Money's pay_offline charge, once the customer has "dialled" the code.
    func completeOfflineCharge(_ reference: String, at time: Timestamp) {
        guard let index = chargeIndex[reference], charges[index].status == .payOffline else { return }
        let fails = MagicNumber(digits: charges[index].phone ?? "")?.failsOffline ?? false
        charges[index].status = fails ? .failed : .success
        charges[index].updatedAt = time
        changed(.charges, row: index)
        checkoutFollowsCharge(charges[index], at: time)
        if !fails { credit(charges[index], at: time) }
    }
}
