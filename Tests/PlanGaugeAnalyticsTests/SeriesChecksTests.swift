import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

@Suite struct SeriesChecksTests {
    let a = Tiny.id(1)

    func fact(_ p: Period, _ basis: Basis, _ wan: Int64, line: Int) -> RevenueFact {
        RevenueFact(
            enterprise: a, period: p, basis: basis, revenue: .wan(wan), origin: FactOrigin(file: "r.csv", line: line))
    }

    @Test func aMissingMonthInACumulativeSeriesIsAGap() {
        let issues = SeriesChecks.run(
            Dataset(
                enterprises: [Tiny.firm(1)],
                revenue: [
                    fact(.month(2023, 2)!, .cumulative, 10, line: 2),  // 1-2月: January is inside it, not missing
                    fact(.month(2023, 3)!, .cumulative, 20, line: 3),
                    fact(.month(2023, 5)!, .cumulative, 40, line: 4)
                ]))
        #expect(issues.count == 1)
        #expect(issues[0].kind == .gap)
        #expect(issues[0].origin == FactOrigin(file: "r.csv", line: 4))
        #expect(issues[0].message.contains("lacks 2023年1-4月"))
    }

    @Test func quarterlyCumulativeSeriesNeedNoMonths() {
        let issues = SeriesChecks.run(
            Dataset(
                enterprises: [Tiny.firm(1)],
                revenue: [
                    fact(.month(2023, 3)!, .cumulative, 10, line: 2), fact(.month(2023, 6)!, .cumulative, 20, line: 3),
                    fact(.month(2023, 12)!, .cumulative, 45, line: 4)
                ]))
        #expect(issues.map(\.kind) == [.gap])  // 1-9月 is missing
        #expect(issues[0].message.contains("lacks 2023年1-9月"))
    }

    @Test func fallingYearToDateAndConflictingBases() {
        let issues = SeriesChecks.run(
            Dataset(
                enterprises: [Tiny.firm(1)],
                revenue: [
                    fact(.quarter(2023, 1)!, .period, 10, line: 2), fact(.quarter(2023, 2)!, .period, 15, line: 3),
                    fact(.month(2023, 6)!, .cumulative, 30, line: 4), fact(.month(2023, 9)!, .cumulative, 28, line: 5)
                ]))
        #expect(issues.map(\.kind) == [.decreasingCumulative, .basisConflict])
        #expect(issues[1].message.contains("累计 30.00 万元 but its 当期 figures add up to 25.00 万元"))
    }

    @Test func aHoleInPeriodValues() {
        let issues = SeriesChecks.run(
            Dataset(
                enterprises: [Tiny.firm(1)],
                revenue: [
                    fact(.quarter(2023, 1)!, .period, 10, line: 2), fact(.quarter(2023, 3)!, .period, 15, line: 3)
                ]))
        #expect(issues.map(\.kind) == [.gap])
        #expect(issues[0].message.contains("no value for 2023Q2"))
    }
}
