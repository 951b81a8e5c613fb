import SenfenicoAPI
import Testing

@Suite struct SplitMix64Tests {
    /// The reference outputs for seed 0: seeded history, jitter and sample data depend on them.
    @Test func givesTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsStayInRange() {
        var generator = SplitMix64(seed: 42)
        for bound in [1, 2, 7, 100, 1_000_003] {
            let draw = generator.below(bound)
            #expect((0..<bound).contains(draw))
        }
        let zero = generator.below(0)
        let always = generator.percent(100)
        let never = generator.percent(0)
        #expect(zero == 0 && always && !never)
    }
}
