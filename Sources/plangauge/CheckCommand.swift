import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel

struct CheckCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Validate a dataset folder: every problem as file:line:column, then rows read/accepted/rejected per file.",
        discussion: """
            Exit status: 0 clean (warnings allowed), 65 when any row is rejected or a file is unusable,
            66 when a required file is missing, 64 for bad usage, 74 when standard output cannot be written
            (the full table: `plangauge --help`).
            """
    )

    @OptionGroup var input: DatasetArgument

    @Option(help: "text (default) or json (for scripts; schema plangauge.check/1).")
    var format: OutputFormat = .text

    @OptionGroup var operatorOptions: OperatorOptions

    func run() throws {
        let folder = try Locations.dataset(input.dataset)
        ProgressLine.phase("reading \(folder)")
        let (dataset, report) = try loadOrExit(folder, try input.reading.ingestOptions(dataset: folder))
        try input.reading.writeRejects(report)
        // Gaps and basis conflicts inside each enterprise's series: warnings on accepted rows.
        let series = SeriesChecks.run(dataset).map { issue in
            Diagnostic(
                file: issue.origin?.file ?? report.folder, line: issue.origin?.line ?? 0, column: 0,
                severity: .warning, message: issue.message, sheet: issue.origin?.sheet)
        }
        let units = UnitWarnings.diagnostics(dataset, folder: report.folder)  // amounts in the wrong unit
        RunSummary.shared.recordOutput("-", kind: "stdout")
        switch format {
        case .text:
            print(
                CheckText.render(report, dataset: dataset, seriesWarnings: series, unitFindings: units), terminator: "")
        case .json: print(try CheckJSON.render(report, dataset: dataset, seriesWarnings: series, unitFindings: units))
        }
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        if units.contains(where: { $0.severity == .error }) { throw ExitCode(65) }
    }
}
