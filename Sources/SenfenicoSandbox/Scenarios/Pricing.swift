import SenfenicoAPI

/// Fees, as the samples show them.
enum Pricing {
    /// `"fees": "3.50"` on the charge samples: 3.5 % of the amount, kept from the collected
    /// money. The sandbox credits `amount − fee` (to the hundredth) to the collection balance.
    static let chargeRate = FeeRate(hundredthsOfPercent: 350)
    /// `"fees": "1.50"` on the transfer samples: 1.5 %.
    static let transferRate = TransferFees.documentedRate
    /// `"settlement_fees": 2` on every settlement sample. The reference does not say whether
    /// this is francs or percent, so the sandbox shows it and never deducts it.
    static let settlementFees = Money(francs: 2)
    /// Wallets are topped up with 100 000 F each ("We've topped up your test transfer
    /// balances with 100,000 FCFA for each wallet").
    static let walletTopUp = Money(francs: 100_000)

    /// The collection credit of a successful charge.
    static func chargeNet(_ amount: Money) -> Money {
        amount - chargeRate.fee(on: amount)
    }

    /// What a transfer takes from its wallet: the amount plus 1.5 % rounded UP to whole
    /// francs (a 100 F transfer costs 102 F), since mobile-money wallets hold whole francs. The
    /// client's estimate, so a form's early refusal and the sandbox always agree.
    static func transferDebit(_ amount: Money) -> Money {
        TransferFees.estimatedDebit(amount)
    }
}
