/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast random generator whose output
/// depends only on its seed, on every platform and in every run, unlike
/// `SystemRandomNumberGenerator`.
///
/// It exists for deterministic seeded randomness: the sandbox's seeded history must be
/// identical from one run to the next, the dashboard's refresh jitter and generated ids must
/// replay in tests (`reduce` stays pure), and the benchmark's sample data must be the same
/// every time. The one copy of the algorithm in the package; tests pin its exact outputs.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (modulo, so as cheap as possible); a bound of zero or
    /// less gives 0.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }

    /// True with the given probability in percent.
    public mutating func percent(_ chance: Int) -> Bool {
        below(100) < chance
    }
}
