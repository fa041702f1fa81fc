import Foundation
import PlanGaugeReport
import Testing

/// Golden files: the Markdown page and summary.json of the hostile fixture, reviewed by hand once.
/// Regenerate after an intended change with `UPDATE_GOLDEN=1 swift test --filter GoldenTests` and
/// read the diff before committing it.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ name: String, _ actual: Data) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(
            String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            "\(name) differs from its golden file")
    }

    @Test func cityMarkdown() throws {
        try check("hostile-index.md", ReportSafetyTests.files["index.md"]!)
    }

    @Test func parkMarkdown() throws {
        try check("hostile-park-x.md", ReportSafetyTests.files["parks/x.md"]!)
    }

    @Test func summaryJSON() throws {
        try check("hostile-summary.json", ReportSafetyTests.files["summary.json"]!)
    }

    @Test func englishCityMarkdown() throws {
        try check("hostile-index-en.md", try ReportAssembler.assemble(Hostile.input(language: .en))["index.md"]!)
    }
}
