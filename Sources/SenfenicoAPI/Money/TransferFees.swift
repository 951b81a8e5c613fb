/// What a transfer is expected to take from its wallet, so a form can refuse early.
///
/// The reference gives no fee rule for transfers; every transfer sample carries
/// `"fees": "1.50"` (1.5 %) and the refusals speak of "balance ... including fees". The server
/// decides: this is an estimate for the screen, and the sandbox charges exactly this.
public enum TransferFees {
    /// `"fees": "1.50"` on the transfer samples.
    public static let documentedRate = FeeRate(hundredthsOfPercent: 150)

    /// The fee rounded UP to whole francs: mobile-money wallets hold whole francs.
    public static func estimatedFee(_ amount: Money) -> Money {
        let fee = documentedRate.fee(on: amount)
        return Money(francs: (fee.hundredths + 99) / 100)
    }

    /// Amount plus fee: what the wallet must hold (a 100 F transfer needs 102 F).
    public static func estimatedDebit(_ amount: Money) -> Money {
        amount + estimatedFee(amount)
    }
}
