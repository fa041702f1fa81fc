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

        Each file's accounting (or one line when every file is clean) and the first errors go to stderr, \
        and data_quality.json in the folder holds the same accounting. Exit status: 0; 65 after writing \
        the folder when a row was rejected or a file could not be read (0 with --allow-rejects); 66 when \
        the dataset folder, a required file or a plan is missing.

        \(Locations.helpText)
        """
    )

    @OptionGroup var source: DataOption

    @OptionGroup var partial: PartialDataOption

    @Option(help: "Plan file; repeat for several (default: every plan in the dataset's plans/, else every shipped plan).")
    var plan: [String] = []

    @Option(help: "Output folder.")
    var out: String

    func run() throws {
        for path in plan where !Locations.isFile(path) { throw Locations.noInput("--plan \(path): no such plan file") }
        var (dataset, ingest) = try source.load(accounting: true)
        UnitWarnings.fold(into: &ingest, dataset)                            // amounts in the wrong unit
        let paths = plan.isEmpty ? try Locations.allPlans(dataset: try source.data) : plan
        if paths.isEmpty {
            FileHandle.standardError.write(Data(
                "plangauge: warning: no plan files found; indicators will be empty — name plans with --plan\n".utf8))
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
        let choice = PeriodSelection.latestCompleteChoice(DatasetIndex(dataset))
        warnPassedOver(choice)
        let latest = choice.latestComplete
        let tables = ExportBuilder.tables(dataset: dataset, plans: plans, latest: latest)
        var files = try ExportBuilder.files(tables)
        files["data_quality.json"] = try StableJSON.encode(DataAccounting(ingest))
        let folder = (out as NSString).standardizingPath
        let written = try ReportWriter.write(files, to: (folder as NSString).deletingLastPathComponent.isEmpty ? "." : (folder as NSString).deletingLastPathComponent,
                                             name: (folder as NSString).lastPathComponent)
        for t in tables { print("\(written)/\(t.name).csv|json: \(t.rows.count) rows") }
        try partial.finish(ingest)
    }
}
