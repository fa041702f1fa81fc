import Testing
@testable import PlanGaugeModel

@Suite struct PeriodTests {
    @Test func constructorsRejectOutOfRangeIndexes() {
        #expect(Period.month(2023, 0) == nil)
        #expect(Period.month(2023, 13) == nil)
        #expect(Period.quarter(2023, 0) == nil)
        #expect(Period.quarter(2023, 5) == nil)
        #expect(Period.half(2023, 3) == nil)
        #expect(Period.year(0) == nil)
        #expect(Period.year(10_000) == nil)
        #expect(Period(year: 2023, unit: .year, index: 2) == nil)
        #expect(Period.month(2023, 12) != nil && Period.quarter(2023, 4) != nil && Period.half(2023, 2) != nil)
    }

    @Test func monthsCovered() {
        let q3 = Period.quarter(2023, 3)!
        #expect((q3.firstMonth, q3.lastMonth, q3.monthsElapsed) == (7, 9, 9))
        let h2 = Period.half(2023, 2)!
        #expect((h2.firstMonth, h2.lastMonth) == (7, 12))
        let y = Period.year(2023)!
        #expect((y.firstMonth, y.lastMonth) == (1, 12))
        let m = Period.month(2023, 5)!
        #expect((m.firstMonth, m.lastMonth) == (5, 5))
        #expect(Period.Unit.allCases.map(\.perYear) == [12, 4, 2, 1])
    }

    /// By last month, then the finer period first: a month before the quarter it closes, the
    /// quarter before the half-year, the half-year before the year.
    @Test func orderingByLastMonthThenCoarseness() {
        let expected: [Period] = [
            .year(2022)!,
            .month(2023, 1)!, .month(2023, 2)!, .month(2023, 3)!, .quarter(2023, 1)!,
            .month(2023, 4)!, .month(2023, 5)!, .month(2023, 6)!, .quarter(2023, 2)!, .half(2023, 1)!,
            .month(2023, 7)!, .month(2023, 8)!, .month(2023, 9)!, .quarter(2023, 3)!,
            .month(2023, 10)!, .month(2023, 11)!, .month(2023, 12)!, .quarter(2023, 4)!, .half(2023, 2)!, .year(2023)!,
            .month(2024, 1)!
        ]
        #expect(expected.reversed().sorted() == expected)
        #expect(Period.month(2023, 3)! < Period.quarter(2023, 1)!)
        #expect(Period.quarter(2023, 1)! < Period.month(2023, 4)!)
        #expect(Period.year(2022)! < Period.month(2023, 1)!)
    }

    @Test func previousAndNextCrossYears() {
        #expect(Period.month(2023, 1)!.previous == .month(2022, 12)!)
        #expect(Period.month(2023, 5)!.previous == .month(2023, 4)!)
        #expect(Period.month(2023, 12)!.next == .month(2024, 1)!)
        #expect(Period.quarter(2023, 1)!.previous == .quarter(2022, 4)!)
        #expect(Period.quarter(2023, 4)!.next == .quarter(2024, 1)!)
        #expect(Period.quarter(2023, 2)!.next == .quarter(2023, 3)!)
        #expect(Period.half(2023, 1)!.previous == .half(2022, 2)!)
        #expect(Period.half(2023, 2)!.next == .half(2024, 1)!)
        #expect(Period.year(2023)!.previous == .year(2022)!)
        #expect(Period.year(2023)!.next == .year(2024)!)
    }

    @Test func yearAgoKeepsUnitAndIndex() {
        #expect(Period.quarter(2023, 3)!.yearAgo == .quarter(2022, 3)!)
        #expect(Period.month(2024, 2)!.yearAgo == .month(2023, 2)!)
        #expect(Period.half(2023, 2)!.yearAgo == .half(2022, 2)!)
        #expect(Period.year(2023)!.yearAgo == .year(2022)!)
    }

    @Test func contains() {
        let y = Period.year(2023)!, h1 = Period.half(2023, 1)!, q1 = Period.quarter(2023, 1)!
        #expect(y.contains(.quarter(2023, 2)!) && y.contains(.month(2023, 12)!) && y.contains(.half(2023, 2)!))
        #expect(y.contains(y))
        #expect(h1.contains(.quarter(2023, 2)!))
        #expect(!h1.contains(.quarter(2023, 3)!))
        #expect(q1.contains(.month(2023, 3)!))
        #expect(!q1.contains(.month(2023, 4)!))
        #expect(!q1.contains(h1))  // a coarser period is never inside
        #expect(!y.contains(.quarter(2022, 1)!))
    }

    @Test func canonicalLabels() {
        #expect(Period.year(2023)!.description == "2023")
        #expect(Period.half(2023, 1)!.description == "2023H1")
        #expect(Period.quarter(2023, 3)!.description == "2023Q3")
        #expect(Period.month(2023, 7)!.description == "2023-07")
        #expect(Period.month(2023, 12)!.description == "2023-12")
    }

    @Test func chineseLabels() {
        #expect(Period.year(2023)!.chineseLabel == "2023年")
        #expect(Period.half(2023, 1)!.chineseLabel == "2023年上半年")
        #expect(Period.half(2023, 2)!.chineseLabel == "2023年下半年")
        #expect(Period.quarter(2023, 3)!.chineseLabel == "2023年三季度")
        #expect(Period.quarter(2023, 4)!.chineseLabel == "2023年四季度")
        #expect(Period.month(2023, 7)!.chineseLabel == "2023年7月")
    }

    /// Every period of a year reads back from both of its labels.
    @Test func labelsRoundTripThroughTheParser() {
        var all: [Period] = [.year(2023)!]
        all += (1...2).map { .half(2023, $0)! }
        all += (1...4).map { .quarter(2023, $0)! }
        all += (1...12).map { .month(2023, $0)! }
        for p in all {
            #expect(PeriodLabel(p.description) == PeriodLabel(period: p), "\(p.description)")
            #expect(PeriodLabel(p.chineseLabel) == PeriodLabel(period: p), "\(p.chineseLabel)")
        }
    }

    @Test func basisNamesAndOrder() {
        #expect(Basis.period.chineseName == "当期")
        #expect(Basis.cumulative.chineseName == "累计")
        #expect(Basis.period < Basis.cumulative)
        #expect(!(Basis.cumulative < Basis.period))
    }
}
