import PlanGaugeModel
import Testing

@testable import PlanGaugeAnalytics

/// 需关注's figures on a hand-made year: six firms, 2025 and 2026 full years (当期 year facts, in 万元).
struct AttentionPointsTests {
    /// 2025 → 2026, 万元: 1: 1000 → 700 (−30%), 2: 800 → 760 (−5%), 3: 500 → 600, 4: 300 → 240 (−20%),
    /// 5: 200 → 220, 6: 100 → 150.
    static func index() -> DatasetIndex {
        let wan: Int64 = 1_000_000
        let rows: [(Int, Int, Int64)] = [
            (1, 2025, 1000 * wan), (1, 2026, 700 * wan), (2, 2025, 800 * wan), (2, 2026, 760 * wan),
            (3, 2025, 500 * wan), (3, 2026, 600 * wan), (4, 2025, 300 * wan), (4, 2026, 240 * wan),
            (5, 2025, 200 * wan), (5, 2026, 220 * wan), (6, 2025, 100 * wan), (6, 2026, 150 * wan)
        ]
        var d = Dataset()
        d.enterprises = (1...6).map { Tiny.firm($0) }
        d.revenue = RevenueFacts(Tiny.yearly(rows))
        return DatasetIndex(d)
    }

    @Test func theLargeFirmsThatFellSteeplyLargestFallFirst() {
        let a = AttentionPoints.find(in: Self.index(), at: .yearEnd(2026))
        // City 2025: 2900 万元. Firm 1 fell 300 (−30%, pull −300/2900 = −10.34…%), firm 4 fell 60
        // (−20%, −2.07…%); firm 2 fell only 5%, below the 10% threshold.
        #expect(a.declines.map(\.enterprise.id) == [Tiny.id(1), Tiny.id(4)])
        #expect(a.declines.map(\.now) == [Amount.wan(700), Amount.wan(240)])
        #expect(abs(a.declines[0].growth - -0.30) < 1e-12)
        #expect(abs(a.declines[0].pull - -300.0 / 2900.0) < 1e-12)
        #expect(abs(a.declines[1].pull - -60.0 / 2900.0) < 1e-12)
    }

    @Test func topFiveShareNowAndAYearBefore() throws {
        let c = try #require(AttentionPoints.find(in: Self.index(), at: .yearEnd(2026)).concentration)
        // 2026: total 2670, top five 760 + 700 + 600 + 240 + 220 = 2520 → 2520/2670.
        // 2025: total 2900, top five 1000 + 800 + 500 + 300 + 200 = 2800 → 2800/2900.
        #expect(abs(c.topFiveShare - 2520.0 / 2670.0) < 1e-12)
        #expect(abs(try #require(c.topFiveShareYearAgo) - 2800.0 / 2900.0) < 1e-12)
    }
}
