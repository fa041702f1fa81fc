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
        let rows = try data.load(IngestOptions(collectRejects: true, workers: 1))
        for (workers, chunk) in [(1, 1 << 30), (2, 7), (2, 64), (2, 1000)] {
            var options = IngestOptions(collectRejects: true, workers: workers, chunkBytes: chunk)
            options.revenuePanels = [.scale, .industryRevenue, .rdExpense, .employees]
            let panels = try data.load(options)
            let what = "\(folder), \(workers) workers"
            #expect(panels.1.files == rows.1.files, "\(what): accounting")
            #expect(
                panels.1.log.kept.map { "\($0.file):\($0.line):\($0.column)" }
                    == rows.1.log.kept.map { "\($0.file):\($0.line):\($0.column)" },
                "\(what): diagnostics")
            // The messages too (they name lines: a chunk numbered as it is committed is read again
            // at its first line when it has any), but for a duplicate's, which cannot name the first.
            let messages = { (log: [Diagnostic]) in
                log.filter { !$0.message.contains("duplicate") }.map { "\($0.line): \($0.message)" }
            }
            #expect(messages(panels.1.log.kept) == messages(rows.1.log.kept), "\(what): messages")
            #expect(
                panels.1.rejects.map { $0.rows.map(\.line) } == rows.1.rejects.map { $0.rows.map(\.line) },
                "\(what): rejected rows")
            #expect(panels.0.revenue.isEmpty, "\(what): no rows kept")
            #expect(panels.0.revenueFactCount == rows.0.revenue.count, "\(what): facts gathered")
            #expect(panels.0.revenuePeriodRange == rows.0.revenue.periodRange, "\(what): period range")
            #expect(panels.0.revenueQuarters == rows.0.revenue.quarters, "\(what): quarters")
        }
    }

    /// Chunks read in parallel are numbered as they are committed: a duplicate found at the commit
    /// names its own line, and a quoted field with line breaks across a cut is mended, at any cut.
    @Test func chunksNumberedAtTheCommitNameTheirLines() throws {
        var rows = "id,name,period,revenue_wan\n"
        for m in 1...12 {
            let name = m == 6 ? "\"甲公司\n(第二行)\"" : "甲公司"
            rows += "91350100M000100Y43,\(name),2023-\(m < 10 ? "0" : "")\(m),\(m)00\n"
        }
        rows += "91350100M000100Y43,甲公司,2023-11,5\n"  // line 15: a duplicate of line 13
        let data = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": rows])
        for cut in [1, 5, 20, 33, 64, 1 << 20] {
            var options = IngestOptions(workers: 2, chunkBytes: cut)
            options.revenuePanels = []
            let (dataset, report) = try data.load(options)
            #expect(dataset.revenueFactCount == 12, "\(cut)-byte chunks")
            #expect(
                briefs(report) == [
                    "revenue.csv:7:2: warning: name: name differs from enterprises.csv («甲公司»); check the code",
                    "revenue.csv:15:3: error: period: duplicate of an earlier row for this enterprise, period and 口径 (`plangauge check` names it)"
                ], "\(cut)-byte chunks")
        }
    }

    /// A duplicate is still rejected when the rows are not kept; its message cannot name the first.
    @Test func aDuplicateIsRejectedWithoutNamingTheFirst() throws {
        let row = "91350100M000100Y43,甲公司,2023Q1,当期,100\n"
        let data = try TempDataset([
            "enterprises.csv": minimalEnterprises,
            "revenue.csv": "id,name,period,basis,revenue_wan\n" + row + row
        ])
        var options = IngestOptions()
        options.revenuePanels = []
        let (dataset, report) = try data.load(options)
        #expect(dataset.revenueFactCount == 1)
        #expect(
            briefs(report) == [
                "revenue.csv:3:3: error: period: duplicate of an earlier row for this enterprise, period and 口径 (`plangauge check` names it)"
            ])
    }
}
