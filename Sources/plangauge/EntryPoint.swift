import ArgumentParser
import Foundation
import PlanGaugeModel

/// What `plangauge` does around every command: parse, apply `--quiet` and `--summary-json`, run,
/// turn whatever ended the run into one exit status of the contract (`ExitStatus`), check that
/// standard output was really written, and write the run summary. Nothing else calls `exit`.
enum EntryPoint {
    /// Runs the command line and returns the exit status.
    static func run() -> Int32 {
        var status: Int32
        do {
            var command = try PlanGaugeCommand.parseAsRoot()
            RunSummary.shared.setCommand(name(of: type(of: command)) ?? "plangauge")
            (command as? OperatorCommand)?.operatorOptions.apply()
            ProgressLine.startIfTerminal()
            try command.run()
            status = ExitStatus.success.rawValue
        } catch {
            status = report(error)
        }
        ProgressLine.stop()
        // A failed write to stdout outranks any other outcome: the product is incomplete.
        if let broken = StandardOutput.flush() {
            Console.error(broken.message)
            status = broken.exitStatus.rawValue
        }
        if Console.isQuiet, status != 0, Console.lastError == nil {
            Console.error("plangauge: exit status \(status) (\(ExitStatus.reason(status)))")
        }
        if let unwritten = RunSummary.shared.writeIfAsked(status: status) {
            Console.error(unwritten.description)
            if status == 0 { status = unwritten.exitStatus.rawValue }
        }
        return status
    }

    /// Writes what `error` means on stderr (help text on stdout) and returns its exit status.
    static func report(_ error: Error) -> Int32 {
        if let known = ExitStatusMapping.failure(for: error) {
            let text = known.description
            Console.error(text.hasPrefix("plangauge") || error is CommandFailure ? text : "plangauge: " + text)
            return known.exitStatus.rawValue
        }
        // A bad option value found while running: the message and where the usage is, not the
        // root command's usage (ArgumentParser knows only the root here).
        if let invalid = error as? ValidationError {
            Console.error("plangauge: \(invalid.message)\n  See 'plangauge \(RunSummary.shared.commandName) --help'.")
            return ExitStatus.usage.rawValue
        }
        // ArgumentParser's own: usage errors (64), --help (0), ExitCode thrown after a message.
        let code = PlanGaugeCommand.exitCode(for: error).rawValue
        let text = PlanGaugeCommand.fullMessage(for: error)
        if !text.isEmpty {
            if code == 0 { print(text) } else { Console.error(text) }
        }
        return code
    }

    /// The command as typed (`report`, `grants check`), found in the command tree.
    static func name(
        of type: ParsableCommand.Type, under root: ParsableCommand.Type = PlanGaugeCommand.self,
        path: [String] = []
    ) -> String? {
        for sub in root.configuration.subcommands {
            let here = path + [sub.configuration.commandName ?? "\(sub)"]
            if ObjectIdentifier(sub) == ObjectIdentifier(type) { return here.joined(separator: " ") }
            if let found = name(of: type, under: sub, path: here) { return found }
        }
        return nil
    }
}
