import Foundation
import Testing
@testable import PlanGaugeSynth

/// The generator of every randomized test in this target: PlanGaugeSynth's SplitMix64, seeded
/// from `PLANGAUGE_TEST_SEED` when set (decimal or `0x` hex), else from a fixed default, so a run is
/// the same run every time and a failure replays with the seed its message names:
/// `PLANGAUGE_TEST_SEED=<seed> swift test --filter <test>`.
struct SeededRandom: RandomNumberGenerator {
    /// The seed when `PLANGAUGE_TEST_SEED` is not set.
    static let defaultSeed: UInt64 = 20_240_601

    let seed: UInt64
    private var generator: SplitMix64

    /// A generator for the test named `test`, from the run's seed; prints the seed once for the test.
    init(_ test: String = #function, sourceLocation: SourceLocation = #_sourceLocation) {
        seed = Self.seed(sourceLocation: sourceLocation)
        generator = SplitMix64(seed: seed)
        print("\(test): random seed \(seed) (replay: PLANGAUGE_TEST_SEED=\(seed))")
    }

    /// The run's seed: `PLANGAUGE_TEST_SEED`, else `defaultSeed`. A value that is not a number is
    /// recorded as an issue naming it, and the default is used.
    static func seed(sourceLocation: SourceLocation = #_sourceLocation) -> UInt64 {
        guard
            let text = ProcessInfo.processInfo.environment["PLANGAUGE_TEST_SEED"]?.trimmingCharacters(in: .whitespaces),
            !text.isEmpty
        else { return defaultSeed }
        let parsed = text.lowercased().hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        guard let parsed else {
            Issue.record(
                "PLANGAUGE_TEST_SEED «\(text)»: expected an unsigned 64-bit integer, decimal or 0x hex",
                sourceLocation: sourceLocation)
            return defaultSeed
        }
        return parsed
    }

    /// What a failure message carries so the case can be replayed.
    var replay: String { "seed \(seed): replay with PLANGAUGE_TEST_SEED=\(seed)" }

    mutating func next() -> UInt64 { generator.next() }
}

/// The generator itself: the same seed gives the same numbers, another seed others, and the
/// numbers are SplitMix64's (the first of seed 0, from its reference implementation).
@Suite struct SeededRandomTests {
    @Test func sameSeedSameNumbers() {
        var a = SeededRandom(), b = SeededRandom()
        #expect((0..<8).map { _ in a.next() } == (0..<8).map { _ in b.next() }, "\(a.replay)")
    }

    @Test func splitMix64ReferenceValue() {
        var g = SeededRandom()
        g.reseed(0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
    }
}

extension SeededRandom {
    /// Starts over from `seed` (for checking the generator against known values).
    fileprivate mutating func reseed(_ seed: UInt64) { generator = SplitMix64(seed: seed) }
}
