import Foundation
import Testing

/// A plan that reads series and milestones the dataset has not got (an office's own dataset has only
/// its firms' figures): those indicators are not available, with a warning naming the plan line, and
/// everything else is assessed and reported.
@Suite struct MissingSeriesCLITests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/sample").path

    func firmsOnly() throws -> TempDataset {
        let ds = try TempDataset()
        for name in ["enterprises.csv", "revenue_2019-2022.csv", "revenue_2023-2026.csv"] {
            try FileManager.default.copyItem(atPath: Self.sample + "/" + name, toPath: ds.path(name))
        }
        return ds
    }

    @Test func progressAssessesTheRest() throws {
        let ds = try firmsOnly()
        let run = try runPlangauge(["progress", "--data", ds.folder, "--format", "json"])
        #expect(run.status == 0)
        // shanghai-cybersecurity-2021-2023.yaml line 31: national_share reads national_cybersecurity_scale.
        #expect(run.stderr.contains("shanghai-cybersecurity-2021-2023.yaml:31:1: warning: indicator «national_share»: unknown series «national_cybersecurity_scale»"))
        #expect(run.stderr.contains("not available (无法评估)"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        func status(_ id: String) -> String? { indicators.first { $0["id"] as? String == id }?["status"] as? String }
        #expect(status("national_share") == "not_available")
        #expect(status("demand_scenarios") == "not_available")      // no milestone of the kind at all
        // The firms' own figures are assessed as with the full sample: 10 leading firms ≥ 10 at 2023.
        #expect(indicators.first { $0["id"] as? String == "leading_firms" }?["value"] as? Double == 10)
    }

    @Test func reportWritesThePages() throws {
        let ds = try firmsOnly()
        let run = try runPlangauge(["report", "--data", ds.folder, "--out", ds.path("out")])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: ds.path("out/2026Q3/index.html")))
    }
}
