import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

@Suite struct FlowLedgerTests {
    let miit = USCC("91110000100010433L")!

    /// DOMAIN.md: MIIT 信息安全 2023 cumulative 上半年 856, 1–9月 1421, year 2232 → Q3 = 565, Q4 = 811.
    @Test func quarterValuesFromPublishedCumulativeFigures() {
        let ledger = FlowLedger(facts: [
            (miit, Period.month(2023, 6)!, Basis.cumulative, Amount?.some(.yi(856))),
            (miit, Period.month(2023, 9)!, Basis.cumulative, Amount?.some(.yi(1421))),
            (miit, Period.month(2023, 12)!, Basis.cumulative, Amount?.some(.yi(2232))),
        ])
        #expect(ledger.periodValue(miit, .quarter(2023, 3)!) == .yi(565))
        #expect(ledger.periodValue(miit, .quarter(2023, 4)!) == .yi(811))
        #expect(ledger.periodValue(miit, .half(2023, 1)!) == .yi(856))
        // 1–9月 is 63.7% of the year.
        let share = ledger.yearToDate(miit, year: 2023, month: 9)!.value(in: .yi) / ledger.yearToDate(miit, year: 2023, month: 12)!.value(in: .yi)
        #expect(abs(share - 0.63665) < 1e-5)
    }

    @Test func periodValuesChainIntoYearToDate() {
        // 当期 quarters 10, 20, 30, 40 → 累计 10, 30, 60, 100.
        let values: [Int64] = [10, 20, 30, 40]
        let ledger = FlowLedger(facts: values.enumerated().map { (miit, Period.quarter(2023, $0 + 1)!, Basis.period, Amount?.some(.wan($1))) })
        #expect(ledger.yearToDate(miit, year: 2023, month: 3) == .wan(10))
        #expect(ledger.yearToDate(miit, year: 2023, month: 9) == .wan(60))
        #expect(ledger.yearToDate(miit, year: 2023, month: 12) == .wan(100))
    }

    @Test func aGapIsUnknownNotZero() {
        // Q1 and Q3 reported, Q2 missing: nothing after Q1 can be known (the firm reported the year before).
        let ledger = FlowLedger(facts: [
            (miit, Period.quarter(2022, 4)!, Basis.period, Amount?.some(.wan(5))),
            (miit, Period.quarter(2023, 1)!, Basis.period, Amount?.some(.wan(10))),
            (miit, Period.quarter(2023, 3)!, Basis.period, Amount?.some(.wan(30))),
        ])
        #expect(ledger.yearToDate(miit, year: 2023, month: 3) == .wan(10))
        #expect(ledger.yearToDate(miit, year: 2023, month: 9) == nil)
    }

    @Test func aNewFirmStartsItsYearAtItsFirstReport() {
        // Founded in spring: reports from Q3 of its first year only.
        let ledger = FlowLedger(facts: [
            (miit, Period.quarter(2023, 3)!, Basis.period, Amount?.some(.wan(7))),
            (miit, Period.quarter(2023, 4)!, Basis.period, Amount?.some(.wan(9))),
        ])
        #expect(ledger.yearToDate(miit, year: 2023, month: 12) == .wan(16))
        #expect(ledger.trailingYear(miit, year: 2023, month: 12) == .wan(16))
    }

    @Test func trailingTwelveMonths() {
        // 2022: 累计 Sep 60, Dec 100; 2023: 累计 Sep 90 → TTM at 2023Q3 = 90 + 100 − 60 = 130.
        let ledger = FlowLedger(facts: [
            (miit, Period.month(2022, 9)!, Basis.cumulative, Amount?.some(.wan(60))),
            (miit, Period.month(2022, 12)!, Basis.cumulative, Amount?.some(.wan(100))),
            (miit, Period.month(2023, 9)!, Basis.cumulative, Amount?.some(.wan(90))),
        ])
        #expect(ledger.trailingYear(miit, year: 2023, month: 9) == .wan(130))
    }
}
