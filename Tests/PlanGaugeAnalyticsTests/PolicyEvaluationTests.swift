import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// Difference in differences on a hand-built panel: every rate below is worked out in the comments.
@Suite struct PolicyEvaluationTests {
    typealias F = GrantFixtures

    /// Full-year revenue (万元) 2021–2025 per firm; firms 1, 2, 6, 7, 8 supported in 2024 (10万 paid each).
    /// Growth g(y) = R(y)/R(y−1) − 1; Δ = post − pre, with pre = g(2023) and post = g(2024) (support
    /// year) or g(2025) (year after).
    static func panel(extra: [(Int, [Int64])] = []) -> DatasetIndex {
        var rows: [(Int, [Int64])] = [
            (1, [4000, 4000, 5000, 6000, 6600]),  // pre 0.25; post 0.20 (Δ −0.05); 2025: 6600/6000 − 1 = 0.10 (Δ −0.15)
            (2, [4000, 5000, 5000, 6000, 7200]),  // pre 0; post 0.20 (Δ 0.20); 2025: 0.20 (Δ 0.20)
            (3, [4000, 4000, 4400, 4400, 4840]),  // control: pre 0.10, post 0 (Δ −0.10); 2025: 0.10 (Δ 0)
            (4, [5000, 5000, 5000, 5500, 5500]),  // control: pre 0, post 0.10 (Δ 0.10); 2025: 0 (Δ 0)
            (5, [2500, 2500, 2500, 2500, 2750]),  // control: pre 0, post 0 (Δ 0); 2025: 0.10 (Δ 0.10)
            (9, [0, 3000, 3000, 3300, 3300]),  // supported entrant: nothing in 2021 → no history
            // supported, 大 band: no comparison firm (pre 0, post 0.10: Δ 0.10)
            (10, [20000, 20000, 20000, 22000, 22000]),
            (11, [4000, 4000, 8000, 8000, 8000])  // 云安全: another segment, never compared
        ]
        for n in [6, 7, 8] { rows.append((n, [4000, 5000, 5000, 6000, 7200])) }  // like firm 2
        rows += extra
        var facts: [RevenueFact] = []
        for (n, values) in rows {
            for (k, v) in values.enumerated() where v > 0 { facts += Tiny.yearly([(n, 2021 + k, v * 1_000_000)]) }
        }
        var enterprises = rows.map { Tiny.firm($0.0) }
        enterprises[enterprises.firstIndex { $0.id == Tiny.id(11) }!].segment = "云安全"
        var d = Dataset(enterprises: enterprises, revenue: facts)
        d.policies = [F.standard]
        d.grants = [1, 2, 6, 7, 8, 9, 10].map {
            F.grant(
                "G\($0)", "award", firm: $0, applied: "2024-05-01", granted: .wan(10),
                paid: [("2024-07-01", .wan(10))])
        }
        return DatasetIndex(d)
    }

    @Test func differenceInDifferencesByHand() throws {
        let e = PolicyEvaluation.run(Self.panel(), at: .year(2024)!)
        // Comparison (firms 3, 4, 5; 中 band, 数据安全): mean pre (0.10 + 0 + 0)/3, mean post (0 + 0.10 + 0)/3: change 0.
        // d₁ = (0.20 − 0.25) − 0 = −0.05; d₂ = d₆ = d₇ = d₈ = (0.20 − 0) − 0 = 0.20.
        #expect(e.firms.map(\.id) == [1, 2, 6, 7, 8].map(Tiny.id))
        let d = e.firms.map(\.difference)
        #expect(abs(d[0] - -0.05) < 1e-12 && d.dropFirst().allSatisfy { abs($0 - 0.20) < 1e-12 })
        // Mean (−0.05 + 4 × 0.20) / 5 = 0.15; supported Δ deviations −0.20, 0.05 ×4 → Σ² = 0.04 + 0.01 = 0.05,
        // s²ₛ = 0.05 / 4 = 0.0125. Comparison Δ: −0.10, 0.10, 0 (mean 0) → s²꜀ = (0.01 + 0.01 + 0) / 2 = 0.01.
        // Welch: V = 0.0125/5 + 0.01/3 = 0.0025 + 0.0033333 = 0.0058333; se = √V = 0.0763763 (one cell, weight 1).
        let estimate = try #require(e.estimate), se = try #require(e.standardError)
        #expect(abs(estimate - 0.15) < 1e-12)
        #expect(abs(se - (0.0125 / 5 + 0.01 / 3).squareRoot()) < 1e-12)
        #expect(abs(se - 0.0763763) < 1e-6)
        // The year after is not in data that end in 2024: every supported firm is not yet observable there.
        #expect(e.yearAfter.firms.isEmpty && e.yearAfter.estimate == nil)
        #expect(e.yearAfter.excluded.allSatisfy { $0.reason == .notYetObservable } && e.yearAfter.excluded.count == 7)
        #expect(e.controlsUsed == 3)
        // The cell: 5 supported, 3 compared; supported pre (0.25 + 0 × 4)/5 = 0.05, post 0.20.
        let cell = try #require(e.cells.first { $0.band == .medium })
        #expect(
            cell.treated == 5 && cell.controls == 3 && abs(cell.treatedPre - 0.05) < 1e-12
                && abs(cell.treatedPost - 0.20) < 1e-12)
        #expect(abs(cell.standardError! - 0.0763763) < 1e-6)
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
        let halves: [(Int, [Int64])] = [
            (1, [100, 100, 120, 150]), (3, [100, 110, 110, 110]), (4, [100, 100, 100, 110]), (5, [100, 100, 100, 100])
        ]
        var facts: [RevenueFact] = []
        for (n, values) in halves {
            for (k, v) in values.enumerated() {
                facts.append(
                    RevenueFact(
                        enterprise: Tiny.id(n), period: .half(2021 + k, 1)!, basis: .period, revenue: .wan(v * 10)))
                if 2021 + k < 2024 {  // second halves complete the earlier years
                    facts.append(
                        RevenueFact(
                            enterprise: Tiny.id(n), period: .half(2021 + k, 2)!, basis: .period, revenue: .wan(v * 20)))
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

    /// With 2025 in the data the year after (T+1 = 2025) is evaluated on its own: pre g(2023) as
    /// before, post g(2025); the support-year window is unchanged (its months are still 12).
    @Test func theYearAfterSupportHasItsOwnEstimate() throws {
        let e = PolicyEvaluation.run(Self.panel(), at: .year(2025)!)
        #expect(abs(e.supportYear.estimate! - 0.15) < 1e-12 && abs(e.supportYear.standardError! - 0.0763763) < 1e-6)
        let w = e.yearAfter
        #expect(
            w.kind == .yearAfter
                && w.cohorts.map { [$0.year, $0.months, $0.supported, $0.evaluated] } == [[2024, 12, 7, 5]])
        // Supported Δ (2025 growth − 2023 growth): firm 1 0.10 − 0.25 = −0.15; firms 2, 6, 7, 8: 0.20 − 0 = 0.20.
        //   mean (−0.15 + 0.80)/5 = 0.13; deviations −0.28, 0.07 ×4 → Σ² = 0.0784 + 0.0196 = 0.098; s²ₛ = 0.098/4 = 0.0245.
        // Comparison Δ: firm 3 0.10 − 0.10 = 0, firm 4 0 − 0 = 0, firm 5 0.10 − 0 = 0.10 → mean 0.033333;
        //   deviations −1/30, −1/30, 2/30 → Σ² = 6/900, s²꜀ = 6/1800 = 0.0033333.
        // D = 0.13 − 0.033333 = 0.096667; V = 0.0245/5 + 0.0033333/3 = 0.0049 + 0.0011111 = 0.0060111; se = 0.0775314.
        #expect(abs(w.estimate! - (0.13 - 0.1 / 3)) < 1e-12)
        #expect(abs(w.standardError! - 0.0775314) < 1e-6)
        #expect(w.firms.count == 5 && w.controlsUsed == 3)
        // Per-亿 figures use the window's last year: each supported firm grew 2024→2025 by 600万 (firm 1) or 1200万
        // (firms 2, 6, 7, 8): 600 + 4 × 1200 = 5400万; 50万 paid → 50/5400 × 1亿 = 925,925.93 元 per 1亿.
        #expect(w.revenueGrowth == .wan(5400) && w.paid == .wan(50))
        #expect(abs(w.subsidyPerYiGrowth! - 925_925.925926) < 1e-3)
    }

    /// Subsidy per growth sets each window's growth against the money paid by the end of that
    /// window's last year: a 2026 instalment did not buy 2024's or 2025's growth.
    @Test func paymentsAfterTheWindowDoNotCount() {
        var d = Self.panel().dataset
        // Firm 1's grant gets a second instalment of 10万 in 2025 and a third of 10万 in 2026 (after the data's end, 2025).
        d.grants[0].payments += [
            GrantPayment(date: F.day("2025-03-01"), amount: .wan(10)),
            GrantPayment(date: F.day("2026-03-01"), amount: .wan(10))
        ]
        let e = PolicyEvaluation.run(DatasetIndex(d), at: .year(2025)!)
        // Support year (to 2024-12-31): 5 × 10万 = 50万. Year after (to 2025-12-31): 50万 + 10万 = 60万; 2026 never counts.
        #expect(e.supportYear.paid == .wan(50))
        #expect(e.yearAfter.paid == .wan(60))
        // 60万 against 5400万 of 2025 growth: 60/5400 × 1亿 = 1,111,111.11 元 per 1亿.
        #expect(abs(e.yearAfter.subsidyPerYiGrowth! - 1_111_111.111111) < 1e-3)
    }

    /// Two cells combine with weights nₛ/N, and a cell with one supported firm borrows the
    /// comparison's variance for it.
    @Test func cellsCombineByWeightAndASingleFirmCellBorrowsTheComparisonVariance() throws {
        // Three 大 comparison firms for firm 10 (pre 0, post 0.10: Δ 0.10):
        //   12: flat (Δ 0); 13: pre 0.10, post 0 (Δ −0.10); 14: pre 0, post 0.20 (Δ 0.20).
        let e = PolicyEvaluation.run(
            Self.panel(extra: [
                (12, [20000, 20000, 20000, 20000, 20000]), (13, [20000, 20000, 22000, 22000, 22000]),
                (14, [20000, 20000, 20000, 24000, 24000])
            ]), at: .year(2024)!)
        // 大 cell: comparison mean Δ (0 − 0.10 + 0.20)/3 = 0.033333, D = 0.10 − 0.033333 = 0.066667;
        //   deviations −1/30, −4/30, 5/30 → Σ² = 42/900, s²꜀ = 42/1800 = 0.0233333; s²ₛ borrowed = 0.0233333;
        //   V = 0.0233333/1 + 0.0233333/3 = 0.0311111.
        // 中 cell as in differenceInDifferencesByHand: D = 0.15, V = 0.0058333.
        // N = 6: estimate 5/6 × 0.15 + 1/6 × 0.066667 = 0.125 + 0.011111 = 0.136111;
        //   variance (5/6)² × 0.0058333 + (1/6)² × 0.0311111 = 0.0040509 + 0.0008642 = 0.0049151; se = 0.0701079.
        #expect(e.firms.count == 6)
        #expect(abs(e.estimate! - 0.1361111) < 1e-6)
        #expect(abs(e.standardError! - 0.0701079) < 1e-6)
        let large = try #require(e.cells.first { $0.band == .large })
        #expect(abs(large.standardError! - 0.0311111.squareRoot()) < 1e-6)
    }
}
