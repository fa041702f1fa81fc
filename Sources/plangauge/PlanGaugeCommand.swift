import ArgumentParser
import Foundation

@main
struct PlanGaugeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plangauge",
        abstract: "产业目标监测: industry statistics → progress against plan targets.",
        discussion: """
            Reads a dataset folder of CSV files (the dataset contract: Sources/PlanGaugeIngest/PlanGaugeIngest.docc/DatasetContract.md), checks every row, and
            reports what it accepted and rejected. Run `plangauge check` on the shipped sample to start.

            \(Locations.helpText)

            Exit status, the same for every command:
              0   success (warnings allowed)
              1   findings: from `grants check`, `uscc` and `missing` only
              64  bad usage: an unknown option or a bad option value
              65  data errors: rejected rows or an unreadable file (progress,
                  quarterly, report and export write their output first;
                  --allow-rejects makes that 0), a bad plan, a period outside
                  the data
              66  missing input: the dataset folder, a required file, a plan
              73  cannot create output: an output folder or file that cannot be
                  created, or one PlanGauge will not replace
              74  I/O error: a read or write failed part-way, standard output too
              75  another run holds the output folder; try again later
            Each message is a line on stderr naming the file and the reason.

            For scheduled runs: --quiet writes only errors on stderr; \
            --summary-json FILE (check, progress, quarterly, report, export, grants) \
            writes one JSON record of the run, even when it fails. A progress \
            line appears only when stderr is a terminal and the run is long.
            """,
        subcommands: [
            CheckCommand.self, ProgressCommand.self, QuarterlyCommand.self, ReportCommand.self, ExportCommand.self,
            GrantsCommand.self, SynthCommand.self, UsccCommand.self, TemplateCommand.self, MergeCommand.self,
            MissingCommand.self
        ]
    )

    /// Every command ends through `EntryPoint`: one exit-status contract, stdout checked.
    static func main() {
        Foundation.exit(EntryPoint.run())
    }
}

/// Where the shipped sample lives, relative to the repository root.
enum Defaults {
    static let dataset = "Data/sample"
    static let plan = "Data/plans/shanghai-cybersecurity-2021-2023.yaml"
    static let policies = "Data/policies"
}
