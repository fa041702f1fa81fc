import Testing
@testable import PlanGaugeAnalytics
@testable import PlanGaugeModel

/// The default period's choice as a value, with the quarters it passed over and why.
@Suite struct PeriodChoiceTests {
    /// Ten firms report every quarter of 2025; in 2026Q1 nine report (90%: complete), in 2026Q2
    /// seven (7 of 9 = 78% < 90%: not), in 2026Q3 one (1 of 7 = 14% < 90%: not).
    static let index: DatasetIndex = {
        var facts: [RevenueFact] = []
        func report(_ firms: ClosedRange<Int>, _ quarter: Period) {
            for n in firms {
                facts.append(RevenueFact(enterprise: Tiny.id(n), period: quarter, basis: .period, revenue: .yi(1)))
            }
        }
        for q in 1...4 { report(1...10, .quarter(2025, q)!) }
        report(1...9, .quarter(2026, 1)!)
        report(1...7, .quarter(2026, 2)!)
        report(1...1, .quarter(2026, 3)!)
        return DatasetIndex(Dataset(enterprises: (1...10).map { Tiny.firm($0) }, revenue: facts))
    }()

    @Test func laterIncompleteQuartersArePassedOverWithTheirCounts() {
        let choice = PeriodSelection.latestCompleteChoice(Self.index)
        #expect(choice.latestComplete == .quarter(2026, 1))
        #expect(choice.latestInData == .quarter(2026, 3))
        #expect(
            choice.passedOver == [
                .init(quarter: .quarter(2026, 3)!, reporters: 1, enterprises: 10, previousReporters: 7),
                .init(quarter: .quarter(2026, 2)!, reporters: 7, enterprises: 10, previousReporters: 9)
            ])
        #expect(
            choice.passedOver[0].reason
                == "2026Q3: 1 of 10 enterprises reported (10%); below 90% of the 7 who reported 2026Q2")
        #expect(PeriodSelection.latestComplete(Self.index) == .quarter(2026, 1))
    }

    @Test func aCompleteLatestQuarterPassesNothingOver() {
        let data = Dataset(
            enterprises: [Tiny.firm(1)],
            revenue: (1...4).map {
                RevenueFact(enterprise: Tiny.id(1), period: .quarter(2025, $0)!, basis: .period, revenue: .yi(1))
            })
        let choice = PeriodSelection.latestCompleteChoice(DatasetIndex(data))
        #expect(choice.latestComplete == .quarter(2025, 4))
        #expect(choice.passedOver.isEmpty)
    }
}
