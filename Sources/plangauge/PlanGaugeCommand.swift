import ArgumentParser

@main
struct PlanGaugeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plangauge",
        abstract: "产业目标监测: industry statistics → progress against plan targets.",
        discussion: """
        Reads a dataset folder of CSV files (see README, "Dataset contract"), checks every row, and
        reports what it accepted and rejected. Run `plangauge check` on the shipped sample to start.

        \(Locations.helpText)

        Exit status: 0 clean; 65 data errors (rejected rows, unreadable files; `progress`, `quarterly`, \
        `report` and `export` still write their output first, and exit 0 with --allow-rejects); 66 \
        missing input (dataset folder, required file, plan file); 64 bad usage.
        """,
        subcommands: [CheckCommand.self, ProgressCommand.self, QuarterlyCommand.self, ReportCommand.self, ExportCommand.self, GrantsCommand.self, SynthCommand.self, UsccCommand.self]
    )
}

/// Where the shipped sample lives, relative to the repository root.
enum Defaults {
    static let dataset = "Data/sample"
    static let plan = "Data/plans/shanghai-cybersecurity-2021-2023.yaml"
    static let policies = "Data/policies"
}
