import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

@Suite struct FlowLedgerTests {
    let miit = USCC("91110000100010433L")!

    /// PeriodsAndBases: MIIT 信息安全 2023 cumulative 上半年 856, 1–9月 1421, year 2232 → Q3 = 565, Q4 = 811.
    @Test func quarterValuesFromPublishedCumulativeFigures() {
        let ledger = FlowLedger(facts: [
            (miit, Period.month(2023, 6)!, Basis.cumulative, Amount?.some(.yi(856))),
            (miit, Period.month(2023, 9)!, Basis.cumulative, Amount?.some(.yi(1421))),
            (miit, Period.month(2023, 12)!, Basis.cumulative, Amount?.some(.yi(2232)))
        ])
        #expect(ledger.periodValue(miit, .quarter(2023, 3)!) == .yi(565))
        #expect(ledger.periodValue(miit, .quarter(2023, 4)!) == .yi(811))
        #expect(ledger.periodValue(miit, .half(2023, 1)!) == .yi(856))
        // 1–9月 is 63.7% of the year.
        let share =
            ledger.yearToDate(miit, year: 2023, month: 9)!.value(in: .yi)
            / ledger.yearToDate(miit, year: 2023, month: 12)!.value(in: .yi)
        #expect(abs(share - 0.63665) < 1e-5)
    }

    /// Twelve monthly 当期 reports (the shortcut for a full year) chain to their running sums, by
    /// hand; one month missing, or a 累计 among them, takes the general path with the same rules.
    @Test func aFullYearOfMonthsIsItsRunningSum() {
        let months: [Int64] = [5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43]  // Σ = 276
        let full = FlowLedger(
            facts: months.enumerated().map { (miit, Period.month(2023, $0 + 1)!, Basis.period, Amount?.some(.wan($1))) }
        )
        #expect(full.yearToDate(miit, year: 2023, month: 1) == .wan(5))
        #expect(full.yearToDate(miit, year: 2023, month: 6) == .wan(72))
        #expect(full.yearToDate(miit, year: 2023, month: 12) == .wan(276))
        #expect(full.periodValue(miit, .month(2023, 8)!) == .wan(29))
        var gap = months.enumerated().map { (miit, Period.month(2023, $0 + 1)!, Basis.period, Amount?.some(.wan($1))) }
        gap[6].3 = nil  // July: reported, no value
        let broken = FlowLedger(facts: gap)
        #expect(broken.yearToDate(miit, year: 2023, month: 6) == .wan(72))
        #expect(broken.yearToDate(miit, year: 2023, month: 7) == nil)
        #expect(broken.yearToDate(miit, year: 2023, month: 12) == nil)
        #expect(broken.periodValue(miit, .month(2023, 8)!) == .wan(29))  // a reported value stands
    }

    /// A year whose running sum outgrows a slot (1000亿 a month: 12000亿 by December), or whose
    /// months are not whole slot units (0.01 元), is summed exactly all the same, by hand.
    @Test func aFullYearOfLargeOrOddMonthsIsItsRunningSum() {
        let big = FlowLedger(
            facts: (1...12).map { (miit, Period.month(2023, $0)!, Basis.period, Amount?.some(.yi(1000))) })
        #expect(big.yearToDate(miit, year: 2023, month: 2) == .yi(2000))
        #expect(big.yearToDate(miit, year: 2023, month: 3) == .yi(3000))
        #expect(big.yearToDate(miit, year: 2023, month: 12) == .yi(12_000))
        #expect(big.periodValue(miit, .month(2023, 12)!) == .yi(1000))
        let odd = FlowLedger(
            facts: (1...12).map {
                (miit, Period.month(2023, $0)!, Basis.period, Amount?.some(Amount(fen: 100 * Int64($0) + 1)))
            })
        #expect(odd.yearToDate(miit, year: 2023, month: 12) == Amount(fen: 100 * 78 + 12))  // Σ 1…12 = 78 元, plus 12 分
        #expect(odd.periodValue(miit, .month(2023, 5)!) == Amount(fen: 501))
    }

    /// Market capitalisation gathered in bulk (by key first) equals the ledger recorded report by
    /// report, later reports of a month replacing earlier ones.
    @Test func stocksInBulkAsOneByOne() {
        let keys = [miit, USCC("91350100M000100Y43")!, USCC("91310000000000001Y")!]
        let reports: [(key: Int, period: Period, value: Amount)] = [
            (1, .month(2023, 1)!, .yi(5)), (0, .month(2023, 1)!, .yi(7)), (1, .month(2023, 2)!, .yi(6)),
            (1, .month(2023, 1)!, .yi(9)), (0, .quarter(2023, 1)!, .yi(8)), (5, .month(2023, 1)!, .yi(1))
        ]
        let bulk = StockLedger<USCC, Amount>(keys: keys, reports: reports)
        var single = StockLedger<USCC, Amount>()
        for r in reports where r.key < keys.count { single.record(keys[r.key], r.period, r.value) }
        for k in keys {
            for m in 1...3 { #expect(bulk.value(k, year: 2023, month: m) == single.value(k, year: 2023, month: m)) }
        }
        #expect(bulk.value(keys[1], year: 2023, month: 1) == .yi(9))
        #expect(bulk.value(keys[0], year: 2023, month: 3) == .yi(8))
        #expect(bulk.value(keys[2], year: 2023, month: 1) == nil)
    }

    @Test func periodValuesChainIntoYearToDate() {
        // 当期 quarters 10, 20, 30, 40 → 累计 10, 30, 60, 100.
        let values: [Int64] = [10, 20, 30, 40]
        let ledger = FlowLedger(
            facts: values.enumerated().map {
                (miit, Period.quarter(2023, $0 + 1)!, Basis.period, Amount?.some(.wan($1)))
            })
        #expect(ledger.yearToDate(miit, year: 2023, month: 3) == .wan(10))
        #expect(ledger.yearToDate(miit, year: 2023, month: 9) == .wan(60))
        #expect(ledger.yearToDate(miit, year: 2023, month: 12) == .wan(100))
    }

    @Test func aGapIsUnknownNotZero() {
        // Q1 and Q3 reported, Q2 missing: nothing after Q1 can be known (the firm reported the year before).
        let ledger = FlowLedger(facts: [
            (miit, Period.quarter(2022, 4)!, Basis.period, Amount?.some(.wan(5))),
            (miit, Period.quarter(2023, 1)!, Basis.period, Amount?.some(.wan(10))),
            (miit, Period.quarter(2023, 3)!, Basis.period, Amount?.some(.wan(30)))
        ])
        #expect(ledger.yearToDate(miit, year: 2023, month: 3) == .wan(10))
        #expect(ledger.yearToDate(miit, year: 2023, month: 9) == nil)
    }

    @Test func aNewFirmStartsItsYearAtItsFirstReport() {
        // Founded in spring: reports from Q3 of its first year only.
        let ledger = FlowLedger(facts: [
            (miit, Period.quarter(2023, 3)!, Basis.period, Amount?.some(.wan(7))),
            (miit, Period.quarter(2023, 4)!, Basis.period, Amount?.some(.wan(9)))
        ])
        #expect(ledger.yearToDate(miit, year: 2023, month: 12) == .wan(16))
        #expect(ledger.trailingYear(miit, year: 2023, month: 12) == .wan(16))
    }

    @Test func trailingTwelveMonths() {
        // 2022: 累计 Sep 60, Dec 100; 2023: 累计 Sep 90 → TTM at 2023Q3 = 90 + 100 − 60 = 130.
        let ledger = FlowLedger(facts: [
            (miit, Period.month(2022, 9)!, Basis.cumulative, Amount?.some(.wan(60))),
            (miit, Period.month(2022, 12)!, Basis.cumulative, Amount?.some(.wan(100))),
            (miit, Period.month(2023, 9)!, Basis.cumulative, Amount?.some(.wan(90)))
        ])
        #expect(ledger.trailingYear(miit, year: 2023, month: 9) == .wan(130))
    }
}

@Suite struct MixedBasisLedgerTests {
    let firm = USCC("91110000100010433L")!

    /// Statistics offices publish January and February together: 1-2月 (累计), then months (当期).
    @Test func combinedFirstReportThenMonthlyValues() {
        let ledger = FlowLedger(facts: [
            (firm, Period.month(2022, 12)!, Basis.cumulative, Amount?.some(.wan(1000))),
            (firm, Period.month(2023, 2)!, Basis.cumulative, Amount?.some(.wan(150))),
            (firm, Period.month(2023, 3)!, Basis.period, Amount?.some(.wan(90))),
            (firm, Period.month(2023, 4)!, Basis.period, Amount?.some(.wan(80)))
        ])
        #expect(ledger.yearToDate(firm, year: 2023, month: 2) == .wan(150))
        #expect(ledger.yearToDate(firm, year: 2023, month: 3) == .wan(240))
        #expect(ledger.yearToDate(firm, year: 2023, month: 4) == .wan(320))
        // January alone and February alone are not knowable; the first quarter is.
        #expect(ledger.periodValue(firm, .month(2023, 1)!) == nil)
        #expect(ledger.periodValue(firm, .month(2023, 2)!) == nil)
        #expect(ledger.periodValue(firm, .quarter(2023, 1)!) == .wan(240))
        #expect(ledger.periodValue(firm, .month(2023, 4)!) == .wan(80))
    }

    /// Monthly 累计 for one firm, quarterly 当期 for another: each converts to both views.
    @Test func firmsOfDifferentBasesAndFrequencies() {
        let other = USCC("91350100M000100Y43")!
        let ledger = FlowLedger(facts: [
            (firm, Period.month(2023, 1)!, Basis.cumulative, Amount?.some(.wan(10))),
            (firm, Period.month(2023, 2)!, Basis.cumulative, Amount?.some(.wan(25))),
            (firm, Period.month(2023, 3)!, Basis.cumulative, Amount?.some(.wan(45))),
            (other, Period.quarter(2023, 1)!, Basis.period, Amount?.some(.wan(100))),
            (other, Period.quarter(2023, 2)!, Basis.period, Amount?.some(.wan(120)))
        ])
        #expect(ledger.periodValue(firm, .month(2023, 2)!) == .wan(15))  // 当期 from 累计
        #expect(ledger.periodValue(firm, .quarter(2023, 1)!) == .wan(45))
        #expect(ledger.yearToDate(other, year: 2023, month: 6) == .wan(220))  // 累计 from 当期
        #expect(ledger.periodValue(other, .half(2023, 1)!) == .wan(220))
    }
}

@Suite struct ReportedPeriodValueTests {
    let firm = USCC("91110000100010433L")!

    /// A firm new this year reports from Q3: its Q3 value is what it reported (nothing came before).
    @Test func aNewFirmsFirstQuarterIsItsReport() {
        let ledger = FlowLedger(facts: [
            (firm, Period.quarter(2025, 3)!, Basis.period, Amount?.some(.wan(2348))),
            (firm, Period.quarter(2025, 4)!, Basis.period, Amount?.some(.wan(100)))
        ])
        #expect(ledger.periodValue(firm, .quarter(2025, 3)!) == .wan(2348))
        #expect(ledger.periodValue(firm, .quarter(2025, 4)!) == .wan(100))
    }

    /// After a missing quarter the year to date is unknown, but a reported 当期 value still stands.
    @Test func aReportedValueAfterAGapStands() {
        let ledger = FlowLedger(facts: [
            (firm, Period.quarter(2023, 4)!, Basis.period, Amount?.some(.wan(1))),
            (firm, Period.quarter(2024, 1)!, Basis.period, Amount?.some(.wan(10))),
            (firm, Period.quarter(2024, 2)!, Basis.period, Amount?.some(.wan(20))),
            (firm, Period.quarter(2024, 4)!, Basis.period, Amount?.some(.wan(40)))
        ])
        #expect(ledger.yearToDate(firm, year: 2024, month: 12) == nil)
        #expect(ledger.periodValue(firm, .quarter(2024, 4)!) == .wan(40))
        #expect(ledger.periodValue(firm, .quarter(2024, 3)!) == nil)
        #expect(ledger.periodValue(firm, .half(2024, 1)!) == .wan(30))  // derived: 1-6月 − nothing
    }
}
