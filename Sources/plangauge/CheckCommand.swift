import ArgumentParser
import Foundation
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
        switch format {
        case .text: print(CheckText.render(report, dataset: dataset), terminator: "")
        case .json: print(try CheckJSON.render(report, dataset: dataset))
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
