import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport
import Testing

/// One golden file: the text a renderer gave when it was last reviewed by hand. A missing or
/// different file fails the test; `UPDATE_GOLDEN=1` writes the file instead (then read the diff).
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "Golden/\(name) is missing or not UTF-8: write it with UPDATE_GOLDEN=1 and review it",
                sourceLocation: sourceLocation)
            return
        }
        let first = zip(
            actual.split(separator: "\n", omittingEmptySubsequences: false),
            expected.split(separator: "\n", omittingEmptySubsequences: false)
        )
        .enumerated().first { $0.element.0 != $0.element.1 }
        let place =
            first.map { " at line \($0.offset + 1): «\($0.element.0)» instead of «\($0.element.1)»" } ?? " in length"
        #expect(
            actual == expected, Comment(rawValue: "\(name) differs from Golden/\(name)" + place),
            sourceLocation: sourceLocation)
    }

    static func check(_ name: String, _ actual: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(name, String(decoding: actual, as: UTF8.self), sourceLocation: sourceLocation)
    }

    /// Several files as one golden: each under a `==> path <==` line, in path order.
    static func bundle(_ files: [String: Data]) -> String {
        files.keys.sorted().map { "==> \($0) <==\n" + String(decoding: files[$0]!, as: UTF8.self) }.joined(
            separator: "\n")
    }
}

/// Every renderer the other golden tests leave out, on the shipped sample (terminal text, JSON and
/// CSV of `progress`, `quarterly` and `grants`; the policy page) and on the small hostile fixture
/// (the HTML pages, English park page, a park's own report, the pages' CSV tables, `export`, the
/// site index). Reviewed by hand once; regenerate after an intended change with
/// `UPDATE_GOLDEN=1 swift test --filter RendererGoldenTests` and read the diff.
@Suite struct RendererGoldenTests {
    // MARK: - progress, on the sample

    @Test func progressText() throws {
        try GoldenFile.check("sample-progress.txt", ProgressTextRenderer.render(try Sample.input().city))
    }

    @Test func progressJSON() throws {
        try GoldenFile.check("sample-progress.json", try ProgressJSONRenderer.render(try Sample.input().city) + "\n")
    }

    @Test func progressCSV() throws {
        try GoldenFile.check("sample-progress.csv", ProgressCSVRenderer.render(try Sample.input().city))
    }

    // MARK: - quarterly, on the sample

    static func quarterly() throws -> QuarterlyReport {
        guard let q = try Sample.input().quarterly else {
            throw Sample.SampleError(message: "Data/sample: no quarterly figures at 2026Q3")
        }
        return q
    }

    @Test func quarterlyText() throws {
        try GoldenFile.check("sample-quarterly.txt", QuarterlyTextRenderer.render(try Self.quarterly()))
    }

    @Test func quarterlyJSON() throws {
        try GoldenFile.check("sample-quarterly.json", try QuarterlyJSONRenderer.render(try Self.quarterly()) + "\n")
    }

    @Test func quarterlyCSV() throws {
        try GoldenFile.check("sample-quarterly.csv", QuarterlyCSVRenderer.render(try Self.quarterly()))
    }

    // MARK: - grants (policy funds), on the sample

    static func funds() throws -> PolicyFundsReport {
        guard let r = try Sample.input().policyFunds else {
            throw Sample.SampleError(message: "Data/sample: no grants ledger read")
        }
        return r
    }

    @Test func grantsText() throws {
        let r = try Self.funds()
        try GoldenFile.check("sample-grants-check.txt", PolicyFundsTextRenderer.check(r))
        try GoldenFile.check("sample-grants-budget.txt", PolicyFundsTextRenderer.budget(r))
        try GoldenFile.check("sample-grants-evaluation.txt", PolicyFundsTextRenderer.evaluation(r))
        try GoldenFile.check("sample-grants-budget-en.txt", PolicyFundsTextRenderer.budget(r, lang: .en))
    }

    @Test func grantsCSV() throws {
        let r = try Self.funds()
        try GoldenFile.check("sample-grants-check.csv", PolicyFundsCSVRenderer.check(r))
        try GoldenFile.check("sample-grants-budget-years.csv", PolicyFundsCSVRenderer.budgetByYear(r))
        try GoldenFile.check("sample-grants-budget-clauses.csv", PolicyFundsCSVRenderer.budgetByClause(r))
        try GoldenFile.check("sample-grants-evaluation.csv", PolicyFundsCSVRenderer.evaluation(r))
    }

    @Test func policyPageMarkdown() throws {
        try GoldenFile.check("sample-policy.md", try Sample.files()["policy.md"]!)
    }

    // MARK: - Pages, tables and the site index, on the hostile fixture

    @Test func htmlPages() throws {
        let files = ReportSafetyTests.files
        try GoldenFile.check("hostile-index.html", files["index.html"]!)
        try GoldenFile.check("hostile-park-x.html", files["parks/x.html"]!)
    }

    @Test func englishParkPage() throws {
        let files = try ReportAssembler.assemble(Hostile.input(language: .en))
        try GoldenFile.check("hostile-park-x-en.md", files["parks/x.md"]!)
    }

    /// `report --park P2`: the park's page alone as the period's index, and its summary.json.
    @Test func parksOwnReport() throws {
        let input = try #require(
            ReportRun.prepare(
                dataset: Hostile.dataset, cityPlan: Hostile.plan, otherPlans: [], files: [],
                options: .init(datasetName: "Data/x"), park: "P2"))
        let files = try ReportAssembler.assemble(input)
        try GoldenFile.check("hostile-own-park-p2.md", files["index.md"]!)
        try GoldenFile.check("hostile-own-park-p2-summary.json", files["summary.json"]!)
    }

    /// The pages' tables as written to `data/` (Excel-ready CSV).
    @Test func pageTablesAsCSV() throws {
        try GoldenFile.check(
            "hostile-data-csv.txt", GoldenFile.bundle(ReportSafetyTests.files.filter { $0.key.hasSuffix(".csv") }))
    }

    /// `plangauge export`: every table's CSV and the schema.
    @Test func exportTables() throws {
        let tables = ExportBuilder.tables(dataset: Hostile.dataset, plans: [Hostile.plan], latest: .quarter(2022, 4))
        let files = try ExportBuilder.files(tables).filter { $0.key.hasSuffix(".csv") || $0.key == "schema.json" }
        try GoldenFile.check("hostile-export.txt", GoldenFile.bundle(files))
    }

    /// The site's own index and `latest/` for the fixture's period, read back from its summary.json.
    @Test func siteIndex() throws {
        let period = try SitePeriod(folder: "2022Q4", summary: ReportSafetyTests.files["summary.json"]!)
        let index = SiteIndex.build([period])
        try GoldenFile.check("hostile-site-index.md", index.root["index.md"]!)
        try GoldenFile.check("hostile-site-index.html", index.root["index.html"]!)
        let latest = try #require(index.latest)
        try GoldenFile.check("hostile-site-latest.md", latest["index.md"]!)
    }
}
