@testable import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// A park office's revenue through the flow ledger, with its 口径, and the reasons where there is
/// none. Figures in 亿元, computed by hand in each test.
@Suite struct ParkStatPeriodTests {
    static func yi(_ x: Double) -> Amount { Amount(fen: Int64((x * 1e10).rounded())) }

    static func stat(_ period: Period, _ basis: Basis, _ revenue: Double?, firms: Int? = nil) -> ParkStat {
        ParkStat(park: "P1", period: period, basis: basis, firms: firms, revenue: revenue.map(yi))
    }

    static func engine(_ stats: [ParkStat]) -> MeasureEngine {
        let dataset = Dataset(
            enterprises: [Tiny.firm(1, park: "P1")], revenue: Tiny.yearly([(1, 2024, 100), (1, 2025, 100)]),
            parks: [Park(id: "P1", name: "示范园"), Park(id: "P2", name: "新园")], parkStats: stats)
        return MeasureEngine(index: DatasetIndex(dataset))
    }

    /// 累计 quarters 20, 45, 75, 106.5: the year is 106.5 (not their sum 246.5), Q3 alone 30.
    @Test func cumulativeQuartersAreYearToDate() {
        let stats = [(1, 20.0), (2, 45), (3, 75), (4, 106.5)].map {
            Self.stat(.quarter(2025, $0.0)!, .cumulative, $0.1)
        }
        let e = Self.engine(stats)
        let ledger = e.index.parkRevenue
        #expect(ledger.yearToDate("P1", year: 2025, month: 12) == Self.yi(106.5))
        #expect(ledger.periodValue("P1", .quarter(2025, 3)!) == Self.yi(30))
        #expect(ledger.periodValue("P1", .quarter(2025, 4)!) == Self.yi(31.5))
        let r = e.read(.parkStat(park: "P1", field: .revenue), at: .quarter(2025, 4)!)
        #expect(r.level == Quantity(Self.yi(106.5)))
        #expect(r.yearToDate == Quantity(Self.yi(106.5)))
        #expect(r.reason == nil)
    }

    /// Mixed 口径: 1-6月 累计 45 anchors Q3 当期 30 and Q4 当期 31.5: 75 at September, 106.5 at December.
    @Test func aCumulativeValueAnchorsThePeriodChain() {
        let e = Self.engine([
            Self.stat(.month(2025, 6)!, .cumulative, 45), Self.stat(.quarter(2025, 3)!, .period, 30),
            Self.stat(.quarter(2025, 4)!, .period, 31.5)
        ])
        #expect(e.index.parkRevenue.yearToDate("P1", year: 2025, month: 9) == Self.yi(75))
        #expect(e.index.parkRevenue.yearToDate("P1", year: 2025, month: 12) == Self.yi(106.5))
    }

    /// A park is never new in business: a first year starting in April has no year to date (the
    /// enterprise rule would give Q2 + Q3 = 55 as 1-9月), and the reason names the missing months.
    @Test func aYearWithoutItsFirstMonthsIsUnknown() {
        let e = Self.engine([Self.stat(.quarter(2025, 2)!, .period, 25), Self.stat(.quarter(2025, 3)!, .period, 30)])
        let r = e.read(.parkStat(park: "P1", field: .revenue), at: .quarter(2025, 3)!)
        #expect(r.level == nil)
        #expect(r.reason?.chinese == "园区统计2025年缺1-3月的营业收入，算不出2025年1-9月累计（当期值从1月起逐期累加；如为累计值，请在“口径”列写“累计”）")
    }

    /// At a mid-year period the twelve months need the year before: 75 + 92 − 66 = 101 with it,
    /// and without it no level (not the year to date alone), saying so.
    @Test func twelveMonthsNeedTheYearBefore() {
        let year2025 = [Self.stat(.quarter(2025, 3)!, .cumulative, 75)]
        let with = Self.engine(
            year2025 + [Self.stat(.quarter(2024, 3)!, .cumulative, 66), Self.stat(.quarter(2024, 4)!, .cumulative, 92)])
        #expect(
            with.read(.parkStat(park: "P1", field: .revenue), at: .quarter(2025, 3)!).level == Quantity(Self.yi(101)))
        let without = Self.engine(year2025).read(.parkStat(park: "P1", field: .revenue), at: .quarter(2025, 3)!)
        #expect(without.level == nil && without.yearToDate == nil)
        #expect(without.reason?.chinese == "园区统计没有2024年的营业收入，算不出截至2025年三季度的近12个月（只有2025年1-9月累计）")
    }

    /// Firms are the value at the period's end whatever the 口径: 2025年1-12月 累计 gives December's count.
    @Test func countsStandAtThePeriodEnd() {
        let e = Self.engine([
            Self.stat(.month(2025, 12)!, .cumulative, 106.5, firms: 32),
            Self.stat(.quarter(2025, 2)!, .period, nil, firms: 31)
        ])
        #expect(e.read(.parkStat(park: "P1", field: .firms), at: .quarter(2025, 4)!).level == Quantity(32))
        let q3 = e.read(.parkStat(park: "P1", field: .firms), at: .quarter(2025, 3)!)
        #expect(q3.level == nil)
        #expect(q3.reason?.chinese == "园区统计没有2025年9月末的入驻企业数（2025年有6月、12月末）")
    }

    @Test func reasonsForOtherMeasures() {
        let e = Self.engine([])
        #expect(
            e.read(.parkStat(park: "P1", field: .revenue), at: .quarter(2025, 4)!).reason?.chinese
                == "数据集没有园区统计（park_stats.csv）")
        #expect(
            e.read(.series("national"), at: .quarter(2025, 4)!).reason?.english
                == "no series named «national» in series.csv")
        #expect(
            e.read(.milestones(kind: "cluster", park: nil), at: .quarter(2025, 4)!).reason?.chinese
                == "数据集没有「cluster」类里程碑（milestones.csv）")
        // A sum over a park with no firm has no level, and says so; a count over it is 0.
        let sum = e.read(.sum(.scale, EnterpriseFilter(parks: ["P2"])), at: .quarter(2025, 4)!)
        #expect(sum.level == nil)
        #expect(sum.reason?.chinese == "园区 P2在2025年四季度末没有企业")
        #expect(e.read(.count(EnterpriseFilter(parks: ["P2"]), []), at: .quarter(2025, 4)!).level == Quantity(0))
        // Before the data the count is unknown, not 0.
        let before = e.read(.count(EnterpriseFilter(parks: ["P2"]), []), at: .quarter(2022, 4)!)
        #expect(before.level == nil)
        #expect(before.reason?.chinese == "企业数据不覆盖2022年四季度（数据为2024年至2025年）")
    }

    /// 0 → 0 against a target scores as 4 → 4 does; without a target too (0 stood for 0.001, so
    /// 0 → 0 fell by 100% and was a deterioration).
    @Test func zeroToZeroIsNoProgress() {
        let zero = StatCanMethod.assessDistance(
            base: 0, baseTime: 2021, current: 0, currentTime: 2024, target: 2, targetTime: 2025, targetMet: false)
        let four = StatCanMethod.assessDistance(
            base: 4, baseTime: 2021, current: 4, currentTime: 2024, target: 6, targetTime: 2025, targetMet: false)
        #expect(zero == four)
        #expect(zero.status == .limitedProgress && zero.score == -2.5)
        let untargeted = StatCanMethod.assess(.init(base: 0, baseTime: 2021, current: 0, currentTime: 2024))
        let untargetedFour = StatCanMethod.assess(.init(base: 4, baseTime: 2021, current: 4, currentTime: 2024))
        #expect(untargeted == untargetedFour)
        #expect(untargeted.status == .limitedProgress && untargeted.score == -2.5)
    }

    @Test func coverageFollowsTheLedgersChain() {
        // Q1 当期, then a gap (no Q2), 1-9月 累计 anchoring Q4 当期: known at 3, 9, 12; nothing covers 4-6月 but 1-9月 does.
        let c = ParkRevenueCoverage([
            Self.stat(.quarter(2025, 1)!, .period, 20), Self.stat(.month(2025, 9)!, .cumulative, 75),
            Self.stat(.quarter(2025, 4)!, .period, 31.5)
        ])
        #expect((1...12).filter(c.isKnown) == [3, 9, 12])
        #expect(c.gaps(through: 12).isEmpty)
        let gap = ParkRevenueCoverage([
            Self.stat(.quarter(2025, 1)!, .period, 20), Self.stat(.quarter(2025, 3)!, .period, 30),
            Self.stat(.month(2025, 5)!, .period, 9)
        ])
        #expect((1...12).filter(gap.isKnown) == [3])
        #expect(gap.gaps(through: 9) == [4...4, 6...6])
        #expect(ParkRevenueCoverage.chineseMonths(gap.gaps(through: 9)) == "4月、6月")
    }
}
