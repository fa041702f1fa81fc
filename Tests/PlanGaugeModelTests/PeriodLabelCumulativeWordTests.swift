import Testing
@testable import PlanGaugeModel

/// A label ending in 累计 is year-to-date whatever period it names (本月止累计): `9月累计` is 1-9月.
/// Read without the word, it would be taken as September alone whenever 口径 is left empty.
@Suite struct PeriodLabelCumulativeWordTests {
    @Test func theWordMakesAnyLabelCumulative() {
        let cases: [(String, Period)] = [
            ("2023年9月累计", .month(2023, 9)!),
            ("2023年9月份累计", .month(2023, 9)!),
            ("2023年三季度累计", .quarter(2023, 3)!),  // through September, like 前三季度
            ("2023年上半年累计", .half(2023, 1)!),
            ("2023年全年累计", .year(2023)!),
            ("2023年1-9月累计", .month(2023, 9)!)  // already cumulative by its range
        ]
        for (text, period) in cases {
            let label = PeriodLabel(text)
            #expect(label?.period == period, "\(text)")
            #expect(label?.impliedBasis == .cumulative, "\(text)")
        }
    }

    @Test func withoutTheWordNothingIsImplied() {
        #expect(PeriodLabel("2023年9月")?.impliedBasis == nil)
        #expect(PeriodLabel("2023年三季度")?.impliedBasis == nil)
    }

    @Test func theWordDoesNotRescueABadLabel() {
        #expect(PeriodLabel("2023年13月累计") == nil)
        #expect(PeriodLabel("2023年累计累计") == nil)
    }
}
