import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a dataset folder: every problem as file:line:column, then rows read/accepted/rejected per file.",
        discussion: """
        Exit status: 0 clean (warnings allowed), 65 when any row is rejected or a file is unusable,
        66 when a required file is missing, 64 for bad usage.
        """
    )

    @OptionGroup var input: DatasetOptions

    @Option(help: "text (default) or json (for scripts; schema plangauge.check/1).")
    var format: OutputFormat = .text

    func run() throws {
        let (dataset, report) = try loadOrExit(input)
        // Gaps and basis conflicts inside each enterprise's series: warnings on accepted rows.
        let series = SeriesChecks.run(dataset).map { issue in
            Diagnostic(file: issue.origin?.file ?? report.folder, line: issue.origin?.line ?? 0, column: 0,
                       severity: .warning, message: issue.message)
        }
        switch format {
        case .text: print(CheckText.render(report, dataset: dataset, seriesWarnings: series), terminator: "")
        case .json: print(try CheckJSON.render(report, dataset: dataset, seriesWarnings: series))
        }
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}

/// Loads a dataset, turning an unreadable folder into exit status 66.
func loadOrExit(_ input: DatasetOptions) throws -> (Dataset, IngestReport) {
    let options = try input.ingestOptions()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input.dataset, isDirectory: &isDirectory), isDirectory.boolValue else {
        FileHandle.standardError.write(Data("plangauge: \(input.dataset): no such dataset folder\n".utf8))
        throw ExitCode(66)
    }
    do {
        return try DatasetLoader.load(folder: input.dataset, options: options)
    } catch {
        FileHandle.standardError.write(Data("plangauge: \(input.dataset): \(error)\n".utf8))
        throw ExitCode(66)
    }
}
