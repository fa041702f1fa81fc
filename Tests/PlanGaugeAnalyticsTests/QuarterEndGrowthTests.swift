import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// 累计增速走势: the 累计同比 at each quarter-end of the year and of the year before, on a hand-built
/// three-year example. Year-to-date revenue (万元) at 1-3月, 1-6月, 1-9月, 1-12月:
///
///         2021              2022              2023
///   A   10 20 30 40      12 22 36 50      15 24 40  —
///   B   10 20 30 40       9 18 27 38       9 20 20  —
///   D    5 10 15 20       —  —  —  —       —  —  —  —     (left after 2021)
///   E    —  —  —  —       —  —  —  —       1  2  4  —     (entered in 2023)
///   Σ   25 50 75 100     21 40 63 88      25 46 64
///
/// 2023: 1-3月 25/21 − 1 = +19.05%, 1-6月 46/40 − 1 = +15%, 1-9月 64/63 − 1 = +1.59%, 1-12月 not yet.
/// 2022: 21/25 − 1 = −16%, 40/50 − 1 = −20%, 63/75 − 1 = −16%, 88/100 − 1 = −12%.
@Suite struct QuarterEndGrowthTests {
    static let firms: [(String, [[Int64?]])] = [
        ("A", [[10, 20, 30, 40], [12, 22, 36, 50], [15, 24, 40, nil]]),
        ("B", [[10, 20, 30, 40], [9, 18, 27, 38], [9, 20, 20, nil]]),
        ("D", [[5, 10, 15, 20], [nil, nil, nil, nil], [nil, nil, nil, nil]]),
        ("E", [[nil, nil, nil, nil], [nil, nil, nil, nil], [1, 2, 4, nil]])
    ]

    static var index: DatasetIndex {
        var enterprises: [Enterprise] = [], facts: [RevenueFact] = []
        for (n, (name, years)) in firms.enumerated() {
            let id = Tiny.id(n + 1)
            enterprises.append(Enterprise(id: id, name: name, district: "普陀区", segment: "数据安全"))
            for (y, values) in years.enumerated() {
                for (k, v) in values.enumerated() {
                    guard let v else { continue }
                    facts.append(
                        RevenueFact(
                            enterprise: id, period: .month(2021 + y, 3 * (k + 1))!, basis: .cumulative,
                            revenue: .wan(v)))
                }
            }
        }
        return DatasetIndex(Dataset(enterprises: enterprises, revenue: facts))
    }

    static func near(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-12 } ?? false }

    @Test func thisYearAndLastAtEachQuarterEnd() throws {
        let s = try #require(QuarterlyAnalytics.summarize(Self.index, at: .quarter(2023, 3)!))
        #expect(s.quarterEnds.map(\.quarter) == [1, 2, 3, 4])
        let now = s.quarterEnds.map(\.growth), before = s.quarterEnds.map(\.growthYearAgo)
        #expect(Self.near(now[0], 4.0 / 21.0))  // 25/21 − 1
        #expect(Self.near(now[1], 0.15))  // 46/40 − 1
        #expect(Self.near(now[2], 1.0 / 63.0))  // 64/63 − 1
        #expect(now[3] == nil)  // 1-12月 2023 not reached at 2023Q3
        #expect(Self.near(before[0], -0.16))  // 21/25 − 1
        #expect(Self.near(before[1], -0.20))  // 40/50 − 1
        #expect(Self.near(before[2], -0.16))  // 63/75 − 1
        #expect(Self.near(before[3], -0.12))  // 88/100 − 1
        // The quarter's own point is the summary's 累计 growth, and its neighbours the rates it compares with.
        #expect(now[2] == s.yearToDate.growth)
        #expect(now[1] == s.yearToDate.growthPrevious)
        #expect(before[2] == s.yearToDate.growthYearAgo)
    }

    @Test func aFirstQuarterHasOnePointAndNoBaseGivesNone() throws {
        // At 2022Q1 only 1-3月 is reached; 2021 has no 2020 to compare with.
        let s = try #require(QuarterlyAnalytics.summarize(Self.index, at: .quarter(2022, 1)!))
        #expect(Self.near(s.quarterEnds[0].growth, -0.16))
        #expect(s.quarterEnds.dropFirst().allSatisfy { $0.growth == nil })
        #expect(s.quarterEnds.allSatisfy { $0.growthYearAgo == nil })
    }
}
