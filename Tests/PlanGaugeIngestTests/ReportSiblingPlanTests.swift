import Foundation
import Testing

/// `report` with the shipped city plan on another city's data: the park plan beside it names a
/// park that city has not got, and is left out with a warning instead of failing the run.
@Suite struct ReportSiblingPlanTests {
    @Test func aParkPlanThatDoesNotFitIsLeftOut() throws {
        let work = try TempDataset()
        let synth = try runPlangauge(["synth", "--region", "510100", "--out", work.path("chengdu")])
        #expect(synth.status == 0)
        let run = try runPlangauge(["report", "--data", work.path("chengdu"), "--out", work.path("out")])
        #expect(run.status == 0)
        #expect(run.stderr.contains("putuo-demo-park-2025.yaml: not used on this dataset"))
        #expect(run.stderr.contains("unknown park «PT-DEMO»"))
        #expect(FileManager.default.fileExists(atPath: work.path("out/2026Q3/index.html")))
    }
}
