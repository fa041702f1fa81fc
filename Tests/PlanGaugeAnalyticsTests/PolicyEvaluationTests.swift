import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// Difference in differences on a hand-built panel: every rate below is worked out in the comments.
@Suite struct PolicyEvaluationTests {
    typealias F = GrantFixtures

    /// Full-year revenue (万元) 2021–2024 per firm; firms 1, 2, 6, 7, 8 supported in 2024 (10万 paid each).
    static func panel() -> DatasetIndex {
        var rows: [(Int, [Int64])] = [
            (1, [4000, 4000, 5000, 6000]),   // pre 5000/4000 − 1 = 0.25, post 6000/5000 − 1 = 0.20
            (2, [4000, 5000, 5000, 6000]),   // pre 0, post 0.20
            (3, [4000, 4000, 4400, 4400]),   // control: pre 0.10, post 0
            (4, [5000, 5000, 5000, 5500]),   // control: pre 0, post 0.10
            (5, [2500, 2500, 2500, 2500]),   // control: pre 0, post 0
            (9, [0, 3000, 3000, 3300]),      // supported entrant: nothing in 2021 → no history
            (10, [20000, 20000, 20000, 22000]), // supported, 大 band: no comparison firm
            (11, [4000, 4000, 8000, 8000]),  // 云安全: another segment, never compared
        ]
        for n in [6, 7, 8] { rows.append((n, [4000, 5000, 5000, 6000])) }   // like firm 2
        var facts: [RevenueFact] = []
        for (n, values) in rows {
            for (k, v) in values.enumerated() where v > 0 { facts += Tiny.yearly([(n, 2021 + k, v * 1_000_000)]) }
        }
        var enterprises = rows.map { Tiny.firm($0.0) }
        enterprises[enterprises.firstIndex { $0.id == Tiny.id(11) }!].segment = "云安全"
        var d = Dataset(enterprises: enterprises, revenue: facts)
        d.policies = [F.standard]
        d.grants = [1, 2, 6, 7, 8, 9, 10].map { F.grant("G\($0)", "award", firm: $0, applied: "2024-05-01", granted: .wan(10),
                                                         paid: [("2024-07-01", .wan(10))]) }
        return DatasetIndex(d)
    }

    @Test func differenceInDifferencesByHand() throws {
        let e = PolicyEvaluation.run(Self.panel(), at: .year(2024)!)
        // Comparison (firms 3, 4, 5; 中 band, 数据安全): mean pre (0.10 + 0 + 0)/3, mean post (0 + 0.10 + 0)/3: change 0.
        // d₁ = (0.20 − 0.25) − 0 = −0.05; d₂ = d₆ = d₇ = d₈ = (0.20 − 0) − 0 = 0.20.
        #expect(e.firms.map(\.id) == [1, 2, 6, 7, 8].map(Tiny.id))
        let d = e.firms.map(\.difference)
        #expect(abs(d[0] - -0.05) < 1e-12 && d.dropFirst().allSatisfy { abs($0 - 0.20) < 1e-12 })
        // Mean (−0.05 + 4 × 0.20) / 5 = 0.15; deviations −0.20, 0.05 ×4 → Σ² = 0.04 + 0.01 = 0.05;
        // variance 0.05 / 4 = 0.0125, sd 0.111803; se = sd / √5 = 0.05.
        let estimate = try #require(e.estimate), se = try #require(e.standardError)
        #expect(abs(estimate - 0.15) < 1e-12)
        #expect(abs(se - 0.05) < 1e-12)
        #expect(e.controlsUsed == 3)
        // The cell: 5 supported, 3 compared; supported pre (0.25 + 0 × 4)/5 = 0.05, post 0.20.
        let cell = try #require(e.cells.first { $0.band == .medium })
        #expect(cell.treated == 5 && cell.controls == 3 && abs(cell.treatedPre - 0.05) < 1e-12 && abs(cell.treatedPost - 0.20) < 1e-12)
        #expect(abs(cell.difference! - 0.15) < 1e-12)
        // Firm 10 (大, 2亿): no comparison firm → a cell without a difference, and excluded; firm 9 has no 2021.
        let large = try #require(e.cells.first { $0.band == .large })
        #expect(large.controls == 0 && large.difference == nil)
        #expect(e.excluded.map(\.reason) == [.noHistory, .tooFewControls])
        #expect(e.excluded.map(\.id) == [Tiny.id(9), Tiny.id(10)])
        #expect(e.cohorts.map { [$0.year, $0.months, $0.supported, $0.evaluated] } == [[2024, 12, 7, 5]])
        // Paid 5 × 10万 = 50万; revenue growth 5 × 1000万 = 5000万 = 0.5亿 → 100万元 (1,000,000 元) per 1亿.
        #expect(e.paid == .wan(50) && e.revenueGrowth == .wan(5000))
        #expect(abs(e.subsidyPerYiGrowth! - 1_000_000) < 1e-6)
        // Growth above the comparison: −0.05 × 5000万 + 4 × 0.20 × 5000万 = 3750万 → 50万 / 0.375亿 = 1,333,333.33 元 per 1亿.
        #expect(abs(e.excessGrowth - 3_750_000_000) < 1e-3)
        #expect(abs(e.subsidyPerYiExcessGrowth! - 1_333_333.333333) < 1e-3)
    }

    @Test func tooFewSupportedFirmsGiveNoEstimate() {
        // Only firms 1 and 2 supported: the cell's difference stands, the overall estimate does not.
        var d = Self.panel().dataset
        d.grants = d.grants.filter { ["G1", "G2"].contains($0.id) }
        let e = PolicyEvaluation.run(DatasetIndex(d), at: .year(2024)!)
        #expect(e.firms.count == 2 && e.estimate == nil && e.standardError == nil)
        // Firms 6, 7, 8 (pre 0, post 0.20) are now unsupported and join the comparison: 3, 4, 5, 6, 7, 8.
        // Comparison pre (0.10 + 0 × 5)/6 = 0.016667, post (0 + 0.10 + 0 + 3 × 0.20)/6 = 0.116667: change 0.10.
        // Supported pre (0.25 + 0)/2 = 0.125, post 0.20: change 0.075 → difference 0.075 − 0.10 = −0.025.
        #expect(e.cells[0].controls == 6)
        #expect(abs(e.cells[0].difference! - -0.025) < 1e-12)
    }

    @Test func anIncompleteYearComparesTheSameMonths() {
        // Data to 2024Q2 (half years as 当期 H1 values): the 2024 cohort compares January–June of each year.
        let halves: [(Int, [Int64])] = [(1, [100, 100, 120, 150]), (3, [100, 110, 110, 110]), (4, [100, 100, 100, 110]), (5, [100, 100, 100, 100])]
        var facts: [RevenueFact] = []
        for (n, values) in halves {
            for (k, v) in values.enumerated() {
                facts.append(RevenueFact(enterprise: Tiny.id(n), period: .half(2021 + k, 1)!, basis: .period, revenue: .wan(v * 10)))
                if 2021 + k < 2024 {   // second halves complete the earlier years
                    facts.append(RevenueFact(enterprise: Tiny.id(n), period: .half(2021 + k, 2)!, basis: .period, revenue: .wan(v * 20)))
                }
            }
        }
        var d = Dataset(enterprises: halves.map { Tiny.firm($0.0) }, revenue: facts)
        d.policies = [F.standard]
        d.grants = [F.grant("G", "award", applied: "2024-03-01", granted: .wan(10))]
        let e = PolicyEvaluation.run(DatasetIndex(d), at: .half(2024, 1)!)
        // Firm 1 H1: 2022 1000, 2023 1200, 2024 1500 (万元) → pre 0.2, post 0.25.
        // Controls (firms 3, 4, 5) H1 pre: 1100/1100 − 1 = 0, 0, 0; post: 0, 1100/1000 − 1 = 0.10, 0 → mean 0.0333….
        // d = (0.25 − 0.20) − (0.033333 − 0) = 0.016667.
        #expect(e.cohorts.first?.months == 6)
        #expect(abs(e.firms[0].difference - (0.05 - 0.1 / 3)) < 1e-12)
    }
}
