import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

/// The shipped sample (Data/sample) with the Shanghai plan, the demo park's plan beside it and the
/// policies of its grants (Data/policies), read
/// as `plangauge report --data Data/sample` reads them: files named relative to the dataset and the
/// dataset by its label, so what the tests render does not depend on where the checkout is.
/// Computed on each call, not stored: a global holding the report would show up as a leak under ASan.
enum Sample {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static var naming: DatasetNaming { DatasetNaming(folder: path("Data/sample"), label: "sample") }
    static let cityPlan = "Data/plans/shanghai-cybersecurity-2021-2023.yaml"
    static let parkPlan = "Data/plans/putuo-demo-park-2025.yaml"

    /// The report model of the sample at its latest complete quarter, as the city's site draws it.
    static func input(language: ReportLanguage = .zh) throws -> ReportInput {
        var options = IngestOptions()
        // as the CLI finds them: the grants' policies
        options.policies = try PolicyFile.loadFolder(path("Data/policies"))
        let (dataset, ingest) = try DatasetLoader.load(folder: path("Data/sample"), options: options)
        let city = try PlanFile.load(path: path(cityPlan))
        let others = [try PlanFile.load(path: path(parkPlan))]
        let files = ingest.files.map { f in
            DataQualitySummary.File(
                file: f.file, table: f.table, encoding: f.encoding?.rawValue, sheet: f.sheet, headerLine: f.headerLine,
                rowsRead: f.rowsRead, accepted: f.accepted, rejected: f.rejected, errors: f.errors, warnings: f.warnings
            )
        }
        let quality = DataQualitySummary(files: files, missingReporters: []).named(by: naming)
        guard
            let input = ReportRun.prepare(
                dataset: dataset, cityPlan: city, otherPlans: others, files: quality.files,
                options: .init(language: language, naming: naming))
        else {
            throw SampleError(
                message: "Data/sample: no period to report (expected its latest complete quarter, 2026Q3)")
        }
        return input
    }

    /// Every file of the sample's report (pages, tables, summary.json), keyed by path.
    static func files(language: ReportLanguage = .zh) throws -> [String: Data] {
        try ReportAssembler.assemble(input(language: language))
    }

    struct SampleError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
