import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// Ledgers made from panels gathered while reading are the ledgers made from the rows: every
/// enterprise, every month, every flow, on the shipped sample.
@Suite struct RevenuePanelsTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Data/sample").standardized.path

    @Test func panelsGiveTheLedgersOfTheRows() throws {
        let (rowsData, rowsReport) = try DatasetLoader.load(folder: Self.sample)
        var options = IngestOptions()
        options.revenuePanels = [.scale, .industryRevenue, .rdExpense, .employees]
        let (panelData, panelReport) = try DatasetLoader.load(folder: Self.sample, options: options)
        #expect(panelReport.files == rowsReport.files)
        #expect(panelData.revenueFactCount == rowsData.revenue.count)
        let rows = DatasetIndex(rowsData), panels = DatasetIndex(panelData)
        let range = try #require(rowsData.revenue.periodRange)
        var compared = 0
        for e in rowsData.enterprises {
            for year in range.lowerBound.year...range.upperBound.year {
                for month in 1...12 {
                    for field in [AmountField.revenue, .scale, .industryRevenue, .rdExpense] {
                        let a = rows.flow(field)!, b = panels.flow(field)!
                        #expect(
                            a.yearToDate(e.id, year: year, month: month) == b.yearToDate(e.id, year: year, month: month)
                        )
                        #expect(
                            a.trailingYear(e.id, year: year, month: month)
                                == b.trailingYear(e.id, year: year, month: month))
                        let m = Period.month(year, month)!
                        #expect(a.periodValue(e.id, m) == b.periodValue(e.id, m))
                        if month % 3 == 0 {
                            let q = Period.quarter(year, month / 3)!
                            #expect(a.periodValue(e.id, q) == b.periodValue(e.id, q))
                        }
                    }
                    #expect(
                        rows.isActive(e.id, at: .month(year, month)!) == panels.isActive(e.id, at: .month(year, month)!)
                    )
                    #expect(
                        rows.marketCap.value(e.id, year: year, month: month)
                            == panels.marketCap.value(e.id, year: year, month: month))
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
        for q in rowsData.revenue.quarters {
            #expect(rows.reporters(at: q) == panels.reporters(at: q))
            #expect(
                rows.employees(year: q.year, month: q.lastMonth) == panels.employees(year: q.year, month: q.lastMonth))
        }
        // And the figures are there: the sample's scale is not all unknown.
        let last = range.upperBound
        #expect(
            rowsData.enterprises.contains {
                panels.scale.yearToDate($0.id, year: last.year, month: last.lastMonth) != nil
            })
    }

    /// Stray years beyond the dense blocks (a damaged file's) are kept loose and chained the same;
    /// a 累计 and a 当期 ending in one month are both kept (the 当期 one stands as reported).
    @Test func looseYearsAndTwoReportsInOneMonth() throws {
        let id = USCC("91110000100010433L")!
        var facts: [(key: USCC, period: Period, basis: Basis, value: Amount?)] = []
        for y in 1900..<(1900 + FlowPanel.maxBlocks) { facts.append((id, .year(y)!, .period, .wan(1))) }
        // 2100 has no block left: Q1 10 and Q2 20 当期 → 30 by June; 2101: 累计 March 100 beside a Q1 当期 90.
        facts += [
            (id, .quarter(2100, 1)!, .period, .wan(10)), (id, .quarter(2100, 2)!, .period, .wan(20)),
            (id, .month(2101, 3)!, .cumulative, .wan(100)), (id, .quarter(2101, 1)!, .period, .wan(90)),
            (id, .quarter(2101, 2)!, .period, .wan(5))
        ]
        let ledger = FlowLedger(facts: facts)
        #expect(ledger.yearToDate(id, year: 1950, month: 12) == .wan(1))
        #expect(ledger.yearToDate(id, year: 2100, month: 3) == .wan(10))
        #expect(ledger.yearToDate(id, year: 2100, month: 6) == .wan(30))
        #expect(ledger.periodValue(id, .quarter(2100, 2)!) == .wan(20))
        #expect(ledger.yearToDate(id, year: 2101, month: 3) == .wan(100))
        #expect(ledger.periodValue(id, .quarter(2101, 1)!) == .wan(90))
        #expect(ledger.yearToDate(id, year: 2101, month: 6) == .wan(105))
        #expect(ledger.reported(id, in: 2100) && !ledger.reported(id, in: 2099))
    }

    /// Slots hold 0.01 万元 units in 4 bytes; a value finer than that or beyond about 2147亿元 is kept
    /// exactly beside them, in the reports and in the year-to-date values alike.
    @Test func valuesTheSlotsCannotHoldAreKeptExactly() throws {
        let a = USCC("91110000100010433L")!, b = USCC("91350100M000100Y43")!
        let ledger = FlowLedger(facts: [
            (a, .quarter(2023, 1)!, .period, Amount(fen: 123)), (a, .quarter(2023, 2)!, .period, .wan(1)),
            (b, .quarter(2023, 1)!, .period, .yi(3_000)), (b, .quarter(2023, 2)!, .period, .yi(3_000)),
            (b, .month(2023, 9)!, .cumulative, Amount(fen: -7))
        ])
        #expect(ledger.yearToDate(a, year: 2023, month: 3) == Amount(fen: 123))
        #expect(ledger.yearToDate(a, year: 2023, month: 6) == Amount(fen: 1_000_123))
        #expect(ledger.periodValue(a, .quarter(2023, 2)!) == .wan(1))
        #expect(ledger.yearToDate(b, year: 2023, month: 6) == .yi(6_000))
        #expect(ledger.periodValue(b, .quarter(2023, 2)!) == .yi(3_000))
        #expect(ledger.yearToDate(b, year: 2023, month: 9) == Amount(fen: -7))
    }
}
