import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Gathering the revenue facts into panels (what `progress` asks for) accepts and rejects exactly
/// the rows that keeping them as rows does, on every bad-input case, in chunks or in one pass.
@Suite struct PanelReadingTests {
    @Test(arguments: ParallelReadingTests.folders)
    func panelsAcceptAndRejectWhatRowsDo(_ folder: String) throws {
        let data = try TempDataset(copyOf: folder)
        let rows = try data.load(IngestOptions(workers: 1))
        for (workers, chunk) in [(1, 1 << 30), (2, 7)] {
            var options = IngestOptions(workers: workers, chunkBytes: chunk)
            options.revenuePanels = [.scale, .industryRevenue, .rdExpense, .employees]
            let panels = try data.load(options)
            let what = "\(folder), \(workers) workers"
            #expect(panels.1.files == rows.1.files, "\(what): accounting")
            #expect(panels.1.log.kept.map { "\($0.file):\($0.line):\($0.column)" } == rows.1.log.kept.map { "\($0.file):\($0.line):\($0.column)" },
                    "\(what): diagnostics")
            #expect(panels.0.revenue.isEmpty, "\(what): no rows kept")
            #expect(panels.0.revenueFactCount == rows.0.revenue.count, "\(what): facts gathered")
            #expect(panels.0.revenuePeriodRange == rows.0.revenue.periodRange, "\(what): period range")
            #expect(panels.0.revenueQuarters == rows.0.revenue.quarters, "\(what): quarters")
        }
    }

    /// A duplicate is still rejected when the rows are not kept; its message cannot name the first.
    @Test func aDuplicateIsRejectedWithoutNamingTheFirst() throws {
        let row = "91350100M000100Y43,甲公司,2023Q1,当期,100\n"
        let data = try TempDataset([
            "enterprises.csv": minimalEnterprises,
            "revenue.csv": "id,name,period,basis,revenue\n" + row + row,
        ])
        var options = IngestOptions()
        options.revenuePanels = []
        let (dataset, report) = try data.load(options)
        #expect(dataset.revenueFactCount == 1)
        #expect(briefs(report) == [
            "revenue.csv:3:3: error: period: duplicate of an earlier row for this enterprise, period and 口径 (`plangauge check` names it)",
        ])
    }
}
