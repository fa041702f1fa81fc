import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

struct ExportCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write tidy tables for analysts (CSV and plain JSON, schema plangauge.export/1) into a folder.",
        discussion: """
            enterprise_periods, indicators (every plan indicator at every quarter end), totals, decomposition
            and series_issues, each as .csv (UTF-8 with BOM) and .json, with schema.json describing every
            column. The notebooks in Notebooks/ read these files. The folder is replaced at once, and only if
            PlanGauge made it (its .plangauge marker) or it is new or empty: any other, or a file, is refused
            with 73; a run while another writes the same --out waits for it (--lock-wait), then exits 75.

            Each file's accounting (or one line when every file is clean) and the first errors go to stderr, \
            and data_quality.json in the folder holds the same accounting. Exit status: 0; 65 after writing \
            the folder when a row was rejected or a file could not be read (0 with --allow-rejects); 66 when \
            the dataset folder, a required file or a plan is missing; 73 when the folder cannot be created \
            (the full table: `plangauge --help`).

            \(Locations.helpText)
            """
    )

    @OptionGroup var source: DataOption

    @OptionGroup var partial: PartialDataOption

    @Option(
        help: "Plan file; repeat for several (default: every plan in the dataset's plans/, else every shipped plan).")
    var plan: [String] = []

    @Option(help: "Output folder (replaced only if PlanGauge made it, or it is new or empty).")
    var out: String

    @OptionGroup var lock: LockWaitOption

    @OptionGroup var operatorOptions: OperatorOptions

    func run() throws {
        for path in plan where !Locations.isFile(path) { throw Locations.noInput("--plan \(path): no such plan file") }
        var (dataset, ingest) = try source.load(accounting: true)
        try FolderPublisher.precheck(out, kind: .export)  // missing input first (66), then a folder of the user's (73)
        UnitWarnings.fold(into: &ingest, dataset)  // amounts in the wrong unit
        let paths = plan.isEmpty ? try Locations.allPlans(dataset: try source.data) : plan
        if paths.isEmpty {
            Console.warning(
                "plangauge: warning: no plan files found; indicators will be empty — name plans with --plan")
        }
        var plans: [Plan] = []
        for path in paths {
            do {
                let p = try PlanFile.load(path: path)
                for problem in PlanValidator.validate(p, against: dataset) {
                    if problem.isError { throw CommandFailure(.dataError, problem.description) }
                    Console.warning(problem.description)
                }
                plans.append(p)
                RunSummary.shared.recordPlan(path)
            } catch let e as PlanFileError {
                throw CommandFailure(.dataError, e.description)
            }
        }
        let choice = PeriodSelection.latestCompleteChoice(DatasetIndex(dataset))
        warnPassedOver(choice)
        let latest = choice.latestComplete
        let naming = try source.naming  // files relative to the dataset
        ProgressLine.phase("building the tables")
        let tables = ExportBuilder.tables(dataset: dataset, plans: plans, latest: latest, naming: naming)
        var files = try ExportBuilder.files(tables)
        files["data_quality.json"] = try StableJSON.encode(DataAccounting(ingest).named(by: naming))
        let written = try FolderPublisher.replace(out, kind: .export, files: files, lockWait: lock.lockWait)
        RunSummary.shared.recordOutput(written, kind: "folder", files: files.count)
        for t in tables { print("\(written)/\(t.name).csv|json: \(t.rows.count) rows") }
        try partial.finish(ingest)
    }
}
