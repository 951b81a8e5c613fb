import SenfenicoAPI

/// How long simulated operations take, in microseconds of sandbox time, after `timeScale`.
///
/// | what                                                  | at time scale 1 |
/// |-------------------------------------------------------|-----------------|
/// | OTP lifetime, from the charge's creation              | 5 minutes       |
/// | pay_offline (Sank Money) charge completing by itself  | 5 seconds       |
/// | collected money moving from `pending` to `available`  | 5 seconds       |
/// | transfer moving from `pending` to `success`/`failed`  | 3 seconds       |
/// | settlement `processing` → `in_transit`                | 60 seconds      |
/// | settlement `in_transit` → `success`                   | 60 seconds      |
///
/// The bulk rate-limit window (1 second) is an API rule, not a simulated delay: it is not
/// scaled. Fault latency is not scaled either.
struct SimulatedDelays: Sendable {
    var otpLifetime: Int64
    var payOffline: Int64
    var collectionSettles: Int64
    var transferCompletes: Int64
    var settlementToInTransit: Int64
    var settlementToSuccess: Int64

    init(timeScale: Double) {
        let scale = max(0, timeScale)
        func scaled(_ seconds: Double) -> Int64 { Int64((seconds * scale * 1_000_000).rounded()) }
        otpLifetime = scaled(300)
        payOffline = scaled(5)
        collectionSettles = scaled(5)
        transferCompletes = scaled(3)
        settlementToInTransit = scaled(60)
        settlementToSuccess = scaled(60)
    }
}

extension Timestamp {
    func adding(microseconds: Int64) -> Timestamp {
        Timestamp(microsecondsSinceEpoch: microsecondsSinceEpoch + microseconds)
    }
}
