import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// A hand-built five-firm example: A, B, C report both years; D left in 2023; E entered in 2023.
/// Year-to-date revenue (万元), 2022 → 2023:
///
///         1-3月      1-6月      1-9月     segment  district
///   A    25 → 30    60 → 70   100 → 120   数据安全  普陀区
///   B    15 → 14    35 → 30    50 → 45    数据安全  静安区
///   C     8 →  9    18 → 20    30 → 36    密码      普陀区
///   D     5 →  —    12 →  —    20 →  —    密码      静安区
///   E     — →  2     — →  5     — → 19    云安全    静安区
///   Σ    53 → 55   125 → 125  200 → 220
@Suite struct QuarterlyAnalyticsTests {
    static let firms: [(String, String, String, [Int64?], [Int64?])] = [
        ("A", "数据安全", "普陀区", [25, 60, 100], [30, 70, 120]),
        ("B", "数据安全", "静安区", [15, 35, 50], [14, 30, 45]),
        ("C", "密码", "普陀区", [8, 18, 30], [9, 20, 36]),
        ("D", "密码", "静安区", [5, 12, 20], [nil, nil, nil]),
        ("E", "云安全", "静安区", [nil, nil, nil], [2, 5, 19])
    ]

    static var summary: QuarterlySummary {
        var enterprises: [Enterprise] = []
        var facts: [RevenueFact] = []
        for (n, f) in firms.enumerated() {
            let id = Tiny.id(n + 1)
            enterprises.append(Enterprise(id: id, name: f.0, district: f.2, segment: f.1))
            for (year, values) in [(2022, f.3), (2023, f.4)] {
                for (k, v) in values.enumerated() {
                    guard let v else { continue }
                    facts.append(
                        RevenueFact(
                            enterprise: id, period: .month(year, 3 * (k + 1))!, basis: .cumulative, revenue: .wan(v)))
                }
            }
        }
        return QuarterlyAnalytics.summarize(
            DatasetIndex(Dataset(enterprises: enterprises, revenue: facts)), at: .quarter(2023, 3)!)!
    }

    @Test func publishedAndComparableGrowth() {
        let y = Self.summary.yearToDate
        #expect(y.total == .wan(220))
        #expect(y.totalYearAgo == .wan(200))
        #expect(abs(y.growth! - 0.10) < 1e-12)  // 220/200 − 1
        let c = y.comparable!
        #expect(c.firms == 3 && c.now == .wan(201) && c.before == .wan(180))
        #expect(abs(c.growth! - 21.0 / 180.0) < 1e-12)  // 11.6667%
        #expect(c.entered == 1 && c.enteredValue == .wan(19))
        #expect(c.left == 1 && c.leftValue == .wan(20))
        #expect(abs(c.entryEffect! - 0.095) < 1e-12)  // 19/200
        #expect(abs(c.exitEffect! - -0.1116666667) < 1e-9)  // −20 × (1 + 21/180)/200
        // The two effects explain the gap between the published and the comparable rate exactly.
        #expect(abs((y.growth! - c.growth!) - (c.entryEffect! + c.exitEffect!)) < 1e-12)
        // 1-9月 growth 10% against 1-6月 growth 0% (125 → 125): 提高 10 个百分点.
        #expect(y.growthPrevious == 0)
        #expect(y.growthYearAgo == nil)  // no 2021 data
    }

    @Test func quarterAloneAndChainGrowth() {
        let q = Self.summary.quarter
        // 三季度 = 1-9月 − 1-6月: 2023 95, 2022 75; 二季度 2023 = 125 − 55 = 70.
        #expect(q.total == .wan(95))
        #expect(q.totalYearAgo == .wan(75))
        #expect(abs(q.growth! - 20.0 / 75.0) < 1e-12)
        #expect(q.totalPrevious == .wan(70))
        #expect(abs(q.chainGrowth! - 25.0 / 70.0) < 1e-12)
    }

    @Test func contributionAndPullBySegment() {
        let seg = Self.summary.breakdowns.first { $0.dimension == .segment }!
        let byName = Dictionary(uniqueKeysWithValues: seg.rows.map { ($0.name, $0) })
        // Δtotal 20, base 200. 数据安全 +15: 贡献率 75%, 拉动 7.5 pp; 密码 −14: −70%, −7 pp; 云安全 +19: 95%, 9.5 pp.
        #expect(abs(byName["数据安全"]!.contributionRate! - 0.75) < 1e-12)
        #expect(abs(byName["数据安全"]!.pull! - 0.075) < 1e-12)
        #expect(abs(byName["密码"]!.contributionRate! - -0.70) < 1e-12)
        #expect(abs(byName["密码"]!.pull! - -0.07) < 1e-12)
        #expect(abs(byName["云安全"]!.contributionRate! - 0.95) < 1e-12)
        #expect(abs(byName["云安全"]!.pull! - 0.095) < 1e-12)
        #expect(abs(byName["数据安全"]!.share! - 165.0 / 220.0) < 1e-12)
        // The parts' 拉动 add up to the total's growth rate, in every breakdown.
        for b in Self.summary.breakdowns {
            #expect(abs(b.totalGrowth! - 0.10) < 1e-12, "\(b.dimension)")
            #expect(abs(b.rows.compactMap(\.contributionRate).reduce(0, +) - 1) < 1e-12, "\(b.dimension)")
        }
    }

    @Test func districtRankingAndPull() {
        let d = Self.summary.breakdowns.first { $0.dimension == .district }!
        let pt = d.rows.first { $0.name == "普陀区" }!, ja = d.rows.first { $0.name == "静安区" }!
        #expect(abs(pt.pull! - 0.13) < 1e-12 && abs(pt.contributionRate! - 1.30) < 1e-12)  // +26 of 20
        #expect(abs(ja.pull! - -0.03) < 1e-12 && abs(ja.contributionRate! - -0.30) < 1e-12)  // −6 of 20
        let ranking = Self.summary.districtRanking
        #expect(ranking.map(\.name) == ["普陀区", "静安区"])
        #expect(ranking[0].value == .wan(156) && abs(ranking[0].growth! - 0.2) < 1e-12)
        #expect(ranking[0].scaleRankChange == 0)
        #expect(ranking[1].growthRank == 2)
    }

    @Test func enterpriseBreakdownIsAPartitionWithTheRestAsOthers() {
        let e = Self.summary.breakdowns.first { $0.dimension == .enterprise }!
        // Five firms, all among the top ten: D (gone) is "others", with −20.
        #expect(Set(e.rows.map(\.name)) == ["A", "B", "C", "E", "（其他企业）"])
        #expect(e.rows.last!.name == "（其他企业）")
        #expect(abs(e.rows.last!.pull! - -0.10) < 1e-12)
    }
}
