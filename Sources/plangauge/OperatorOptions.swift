import ArgumentParser

/// `--quiet` and `--summary-json`: what a scheduled job needs from a command.
struct OperatorOptions: ParsableArguments {
    @Flag(help: "Write only errors on stderr: no accounting, warnings or progress. Standard output is unchanged.")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "Write one JSON record of the run to this file: the inputs with each file's accounting, the outputs written, warnings, elapsed time, exit status and reason. Written even when the run fails.",
            valueName: "file"))
    var summaryJson: String?
}

/// A command that takes the operator options; the entry point applies them before it runs.
protocol OperatorCommand {
    var operatorOptions: OperatorOptions { get }
}

extension OperatorOptions {
    /// Silences stderr and arms the run summary as asked.
    func apply() {
        if quiet { Console.beQuiet() }
        if let summaryJson { RunSummary.shared.setDestination(summaryJson) }
    }
}
