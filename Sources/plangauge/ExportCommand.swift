import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write tidy tables for analysts (CSV and plain JSON, schema plangauge.export/1) into a folder.",
        discussion: """
        enterprise_periods, indicators (every plan indicator at every quarter end), totals, decomposition
        and series_issues, each as .csv (UTF-8 with BOM) and .json, with schema.json describing every
        column. The folder is replaced atomically. The notebooks in Notebooks/ read these files.
        """
    )

    @OptionGroup var source: DataOption

    @Option(help: "Plan file; repeat for several (default: every plan in Data/plans).")
    var plan: [String] = []

    @Option(help: "Output folder.")
    var out: String

    func run() throws {
        let (dataset, _) = try source.load()
        let paths = plan.isEmpty ? Self.defaultPlans() : plan
        if paths.isEmpty {
            FileHandle.standardError.write(Data(
                "plangauge: warning: no plan files in Data/plans (relative to \(FileManager.default.currentDirectoryPath)); indicators will be empty — name plans with --plan\n".utf8))
        }
        var plans: [Plan] = []
        for path in paths {
            do {
                let p = try PlanFile.load(path: path)
                for problem in PlanValidator.validate(p, against: dataset) {
                    FileHandle.standardError.write(Data((problem.description + "\n").utf8))
                    if problem.isError { throw ExitCode(65) }
                }
                plans.append(p)
            } catch let e as PlanFileError {
                FileHandle.standardError.write(Data((e.description + "\n").utf8))
                throw ExitCode(65)
            }
        }
        let latest = PeriodSelection.latestComplete(DatasetIndex(dataset))
        let tables = ExportBuilder.tables(dataset: dataset, plans: plans, latest: latest)
        let files = try ExportBuilder.files(tables)
        let folder = (out as NSString).standardizingPath
        let written = try ReportWriter.write(files, to: (folder as NSString).deletingLastPathComponent.isEmpty ? "." : (folder as NSString).deletingLastPathComponent,
                                             name: (folder as NSString).lastPathComponent)
        for t in tables { print("\(written)/\(t.name).csv|json: \(t.rows.count) rows") }
    }

    static func defaultPlans() -> [String] {
        let dir = "Data/plans"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(dir)/\($0)" }
    }
}
