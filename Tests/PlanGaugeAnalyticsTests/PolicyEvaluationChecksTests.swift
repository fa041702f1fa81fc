import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport
import Testing

/// The evaluation's checks (comparison firms' districts, pre-support growth, single-firm cells,
/// placebo) on a hand-built panel whose every figure is worked out in the comments.
@Suite struct PolicyEvaluationChecksTests {
    typealias F = GrantFixtures

    /// Full-year revenue (万元) 2020–2024; supported firms (first grant applied 2024-05-01) are in 普陀区.
    /// Growth g(y) = R(y)/R(y−1) − 1. Cells by segment and size band of R(2023).
    /// - 数据安全 中: supported 1–5, comparison 6 (普陀区), 7, 8 (静安区), 9 (no district);
    /// - 云安全 中: supported 10, comparison 11 (普陀区), 12, 13 (徐汇区);
    /// - 数据安全 大: supported 14, no comparison.
    static let rows: [(n: Int, district: String?, segment: String, revenue: [Int64])] = [
        (1, "普陀区", "数据安全", [4000, 4000, 4000, 5000, 5500]),  // g22 0, g23 0.25, g24 0.10
        (2, "普陀区", "数据安全", [4000, 4000, 4000, 4000, 4400]),  // g22 0, g23 0, g24 0.10
        (3, "普陀区", "数据安全", [4000, 4000, 4000, 4400, 4400]),  // g22 0, g23 0.10, g24 0
        (4, "普陀区", "数据安全", [4000, 4000, 4400, 4400, 4840]),  // g22 0.10, g23 0, g24 0.10
        (5, "普陀区", "数据安全", [4000, 4000, 4000, 4000, 4000]),  // flat
        (6, "普陀区", "数据安全", [4000, 4000, 4000, 4000, 4000]),  // comparison: flat
        (7, "静安区", "数据安全", [4000, 4000, 4000, 4400, 4400]),  // comparison: g22 0, g23 0.10, g24 0
        (8, "静安区", "数据安全", [5000, 5000, 5500, 5500, 6050]),  // comparison: g22 0.10, g23 0, g24 0.10
        (9, nil, "数据安全", [5000, 5000, 5000, 5000, 5500]),  // comparison: g22 0, g23 0, g24 0.10
        (10, "普陀区", "云安全", [4000, 4000, 4000, 4000, 4800]),  // g22 0, g23 0, g24 0.20
        (11, "普陀区", "云安全", [4000, 4000, 4000, 4000, 4000]),  // comparison: flat
        (12, "徐汇区", "云安全", [4000, 4000, 4000, 4000, 4400]),  // comparison: g24 0.10
        (13, "徐汇区", "云安全", [4000, 4000, 4000, 4400, 4400]),  // comparison: g23 0.10
        (14, "普陀区", "数据安全", [20000, 20000, 20000, 20000, 20000])  // 大: no comparison firm
    ]
    static let supported = [1, 2, 3, 4, 5, 10, 14]

    /// The panel, from `firstYear` on (2021: no firm has revenue back to 2020).
    static func panel(
        from firstYear: Int = 2020, rows: [(n: Int, district: String?, segment: String, revenue: [Int64])] = rows
    )
        -> DatasetIndex
    {
        var facts: [RevenueFact] = []
        for r in rows {
            for (k, v) in r.revenue.enumerated() where 2020 + k >= firstYear {
                facts += Tiny.yearly([(r.n, 2020 + k, v * 1_000_000)])
            }
        }
        let enterprises = rows.map { r in
            var e = Tiny.firm(r.n)
            e.district = r.district
            e.segment = r.segment
            return e
        }
        var d = Dataset(enterprises: enterprises, revenue: facts)
        d.policies = [F.standard]
        d.grants = supported.filter { n in rows.contains { $0.n == n } }.map {
            F.grant(
                "G\($0)", "award", firm: $0, applied: "2024-05-01", granted: .wan(10),
                paid: [("2024-07-01", .wan(10))])
        }
        return DatasetIndex(d)
    }

    @Test func comparisonFirmsAreSplitByDistrict() {
        let w = PolicyEvaluation.run(Self.panel(), at: .year(2024)!).supportYear
        // Comparison firms of the estimated cells: 6, 7, 8, 9 (数据安全 中) and 11, 12, 13 (云安全 中).
        // Same district as their supported firms (普陀区): 6, 11; other: 7, 8 (静安区), 12, 13 (徐汇区); none: 9.
        #expect(w.controlsUsed == 7)
        let d = w.districts
        #expect(d.supportedDistricts == ["普陀区"])
        #expect(d.sameDistrict == 2 && d.otherDistricts == 4 && d.noDistrict == 1)
    }

    @Test func preSupportGrowthOfBothGroups() throws {
        let w = PolicyEvaluation.run(Self.panel(), at: .year(2024)!).supportYear
        // Evaluated: 1–5 and 10 (14 has no comparison). Supported g(2023): (0.25 + 0 + 0.10 + 0 + 0 + 0)/6 = 0.058333.
        // Comparison, per supported firm its cell's mean g(2023): 数据安全 (0 + 0.10 + 0 + 0)/4 = 0.025 for
        // firms 1–5; 云安全 (0 + 0 + 0.10)/3 = 0.033333 for firm 10 → (5 × 0.025 + 0.033333)/6 = 0.026389.
        // Gap 0.031944: above 2 points, material.
        let p = try #require(w.preGrowth)
        #expect(abs(p.supported - 0.35 / 6) < 1e-12)
        #expect(abs(p.comparison - (0.125 + 0.1 / 3) / 6) < 1e-12)
        #expect(abs(p.gap - 0.0319444) < 1e-6 && p.isMaterial)
    }

    @Test func cellsWithASingleSupportedFirm() {
        let w = PolicyEvaluation.run(Self.panel(), at: .year(2024)!).supportYear
        // Cells: 数据安全 中 (5 supported), 云安全 中 (1), 数据安全 大 (1, not estimated) → 2 of 3 hold one firm.
        #expect(w.cells.count == 3 && w.singleSupportedCells == 2)
    }

    @Test func placeboOneYearBeforeSupport() throws {
        let w = PolicyEvaluation.run(Self.panel(), at: .year(2024)!).supportYear
        // Placebo: after g(2023), before g(2022), Δ = g23 − g22; every firm reported in 2020 (T−4).
        // 数据安全 中 supported Δ: 0.25, 0, 0.10, −0.10, 0 (mean 0.05); comparison Δ: 0, 0.10, −0.10, 0 (mean 0)
        //   → D = 0.05; s²ₛ: deviations 0.20, −0.05, 0.05, −0.15, −0.05 → Σ² 0.07 / 4 = 0.0175;
        //   s²꜀ = (0.01 + 0.01)/3 = 0.0066667; V = 0.0175/5 + 0.0066667/4 = 0.0051667.
        // 云安全 中: firm 10 Δ 0; comparison Δ 0, 0, 0.10 (mean 0.033333) → D = −0.033333;
        //   s²꜀ = (2 × (1/30)² + (2/30)²)/2 = 0.0033333, borrowed for the firm: V = 0.0033333 + 0.0033333/3 = 0.0044444.
        // Estimate (5 × 0.05 − 0.033333)/6 = 0.036111; se √((5/6)² × 0.0051667 + (1/6)² × 0.0044444) = 0.0609214.
        let p = w.placebo
        #expect(p.cohorts == [2024] && p.evaluated == 6 && p.lackingHistory == 0 && p.controlsUsed == 7)
        #expect(abs(try #require(p.estimate) - 0.0361111) < 1e-6)
        #expect(abs(try #require(p.standardError) - 0.0609214) < 1e-6)
        #expect(p.nearZero == true)
    }

    @Test func noPlaceboWithoutRevenueBackToTMinus3() {
        // From 2021 on: the main estimate still has its T−3 = 2021 report; the placebo needs 2020 (T−4).
        let w = PolicyEvaluation.run(Self.panel(from: 2021), at: .year(2024)!).supportYear
        #expect(w.firms.count == 6 && w.estimate != nil)
        #expect(w.placebo.evaluated == 0 && w.placebo.lackingHistory == 7 && w.placebo.estimate == nil)
        #expect(w.placebo.nearZero == nil)
        let report = PolicyFundsReportBuilder.build(
            index: Self.panel(from: 2021), asOf: F.day("2024-12-31"), dataPeriod: .year(2024)!, dataset: "t")
        let zh = report.evaluation.windows[0].checks.joined(), en = report.evaluation.windows[0].checksEn.joined()
        #expect(zh.contains("可比的获支持企业仅 0 家（少于 5 家；7 家没有 T−3 年完整营收），数据不足以检验。"))
        #expect(en.contains("the data do not allow the check"))
    }

    /// Supported firms 1–5 all jump 20% in 2023 (the year before support) while their comparison does
    /// not: the placebo is clear of zero and says the groups were already diverging.
    @Test func aPlaceboClearOfZeroSaysTheGroupsWereDiverging() throws {
        let jump: [Int64] = [4000, 4000, 4000, 4800, 4800]  // g22 0, g23 0.20: placebo Δ 0.20
        var rows = Self.rows.filter { $0.segment == "数据安全" && $0.n != 14 && $0.n != 9 }
        for i in rows.indices where Self.supported.contains(rows[i].n) { rows[i].revenue = jump }
        // Comparison 6 (Δ 0), 7 (Δ 0.10), 8 (Δ −0.10): mean 0, s²꜀ = 0.02/2 = 0.01; supported s²ₛ = 0.
        // Estimate 0.20; se √(0/5 + 0.01/3) = 0.057735: beyond two standard errors.
        let index = Self.panel(rows: rows)
        let w = PolicyEvaluation.run(index, at: .year(2024)!).supportYear
        #expect(abs(try #require(w.placebo.estimate) - 0.20) < 1e-12)
        #expect(abs(try #require(w.placebo.standardError) - 0.057735) < 1e-6)
        #expect(w.placebo.nearZero == false)
        let report = PolicyFundsReportBuilder.build(
            index: index, asOf: F.day("2024-12-31"), dataPeriod: .year(2024)!, dataset: "t")
        let checks = report.evaluation.windows[0].checks
        #expect(
            checks.last
                == "安慰剂检验（同一比较提前一年：支持后取 g(T−1)，支持前取 g(T−2)）：5 家获支持企业、3 家对照企业，估计值 20.0 个百分点（标准误约 5.8 个百分点），明显偏离零：两组在获支持之前已在分化，主估计值可疑，不宜作为支持效果的证据。"
        )
        #expect(report.evaluation.windows[0].checksEn.last?.contains("the main estimate is suspect") == true)
    }

    /// The sentences of the hand-built panel, in Chinese and English, with the figures worked out above.
    @Test func theChecksInWords() throws {
        let report = PolicyFundsReportBuilder.build(
            index: Self.panel(), asOf: F.day("2024-12-31"), dataPeriod: .year(2024)!, dataset: "t")
        let w = report.evaluation.windows[0]
        #expect(w.comparisonDistricts.sameDistrict == 2 && w.comparisonDistricts.otherDistricts == 4)
        #expect(w.preGrowthMaterial == true && w.singleSupportedCells == 2 && w.placebo.nearZero == true)
        #expect(w.checks.count == 4)
        #expect(
            w.checks[0]
                == "对照企业 7 家中，与所比获支持企业同区（普陀区）的 2 家，来自其他区的 4 家，未注明所在区的 1 家。多数对照企业所在区的政策、园区和市场条件与获支持企业不同，两组增速之差可能部分来自地区差异，而非支持本身。"
        )
        // 0.058333 → 5.8%, 0.026389 → 2.6%, gap 3.2 points; supported faster → estimate may be biased down.
        #expect(w.checks[1].hasPrefix("支持前一年（T−1 年）获支持企业营业收入平均增长 5.8%，其对照组平均 2.6%，获支持企业快 3.2 个百分点，超过 2 个百分点"))
        #expect(w.checks[1].contains("向均值回归") && w.checks[1].contains("偏低"))
        #expect(w.checks[2].hasPrefix("3 个比较组合中 2 个只有 1 家获支持企业"))
        #expect(w.checks[3].contains("6 家获支持企业、7 家对照企业，估计值 3.6 个百分点（标准误约 6.1 个百分点），与零的差异在两个标准误以内"))
        #expect(w.checksEn[0].hasPrefix("Of the 7 comparison firms, 2 are in the district of the supported firms"))
        #expect(!w.checksEn.joined().contains("普陀"))
        // The limits name regression to the mean and the untestable parallel trends.
        #expect(report.evaluation.limits.contains { $0.hasPrefix("向均值回归") })
        #expect(
            report.evaluation.limitsEn.contains { $0.contains("parallel trends") && $0.contains("cannot be checked") })
    }
}

/// `grants evaluate --lang en` writes segments in English (the glossary), as the English page does.
@Suite struct EvaluationTextLanguageTests {
    @Test func englishTextNamesSegmentsInEnglish() {
        let report = PolicyFundsReportBuilder.build(
            index: PolicyEvaluationChecksTests.panel(), asOf: GrantFixtures.day("2024-12-31"),
            dataPeriod: .year(2024)!, dataset: "t")
        let en = PolicyFundsTextRenderer.evaluation(report, lang: .en)
        #expect(en.contains("data security") && en.contains("cloud security"))
        #expect(!en.contains("数据安全") && !en.contains("云安全"))
        let zh = PolicyFundsTextRenderer.evaluation(report, lang: .zh)
        #expect(zh.contains("数据安全") && zh.contains("云安全") && !zh.contains("data security"))
        // The checks follow each window's figures, one line each.
        #expect(en.contains("\n- Of the 7 comparison firms, 2 are in the district"))
        #expect(zh.contains("\n- 对照企业 7 家中，与所比获支持企业同区（普陀区）的 2 家"))
        // Firm 14 (大, no comparison) is left out: the reason in words, not its raw value.
        #expect(en.contains("  2024 企业14 (\(Tiny.id(14).code)): fewer than 3 comparable firms\n"))
        #expect(!en.contains("too_few_controls"))
    }
}
