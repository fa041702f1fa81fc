import Dispatch
import Foundation
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport
import Synchronization

/// The record `--summary-json FILE` writes (schema `plangauge.run/1`): gathered as the run goes
/// and written by the entry point just before the program exits, whatever the exit status, so a
/// scheduler can read what was read, what was written and why the run ended without parsing stderr.
final class RunSummary: Sendable {
    static let shared = RunSummary()

    private let started = DispatchTime.now()
    private struct State {
        var destination: String?
        var command = "plangauge"
        var dataset: String?
        var plans: [String] = []
        var ingest: IngestReport?
        var outputs: [Output] = []
    }
    private let state = Mutex(State())

    /// One thing the run wrote.
    struct Output: Encodable, Equatable {
        /// A folder or file as named on the command line, or `-` for standard output.
        var path: String
        /// `folder`, `file` or `stdout`.
        var kind: String
        /// Files written into a folder.
        var files: Int?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(kind, forKey: .kind)
            try c.encode(files, forKey: .files)
        }
        enum CodingKeys: CodingKey { case path, kind, files }
    }

    struct Totals: Encodable {
        var rowsRead, accepted, rejected, skipped, errors, warnings: Int
    }

    struct Inputs: Encodable {
        var dataset: String?
        var plans: [String]
        var totals: Totals?
        var files: [DataQualitySummary.File]
        var ignoredFiles: [String]
        var missingFiles: [String]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(dataset, forKey: .dataset)
            try c.encode(plans, forKey: .plans)
            try c.encode(totals, forKey: .totals)
            try c.encode(files, forKey: .files)
            try c.encode(ignoredFiles, forKey: .ignoredFiles)
            try c.encode(missingFiles, forKey: .missingFiles)
        }
        enum CodingKeys: CodingKey { case dataset, plans, totals, files, ignoredFiles, missingFiles }
    }

    struct Document: Encodable {
        var schema = "plangauge.run/1"
        var command: String
        var arguments: [String]
        var inputs: Inputs
        var outputs: [Output]
        /// Data warnings (the accounting's) plus the run's own (`warning_messages`).
        var warnings: Int
        var warningMessages: [String]
        var elapsedSeconds: Decimal
        var exitStatus: Int32
        /// `success`, `findings`, `usage`, `data_error`, `no_input`, `cannot_create`, `io_error`, `try_again`.
        var exitReason: String
        /// The last error line written on stderr; null on success.
        var message: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(schema, forKey: .schema)
            try c.encode(command, forKey: .command)
            try c.encode(arguments, forKey: .arguments)
            try c.encode(inputs, forKey: .inputs)
            try c.encode(outputs, forKey: .outputs)
            try c.encode(warnings, forKey: .warnings)
            try c.encode(warningMessages, forKey: .warningMessages)
            try c.encode(elapsedSeconds, forKey: .elapsedSeconds)
            try c.encode(exitStatus, forKey: .exitStatus)
            try c.encode(exitReason, forKey: .exitReason)
            try c.encode(message, forKey: .message)
        }
        enum CodingKeys: CodingKey {
            case schema, command, arguments, inputs, outputs, warnings, warningMessages, elapsedSeconds, exitStatus,
                exitReason, message
        }
    }

    /// `--summary-json FILE`: the record is written there at exit.
    func setDestination(_ path: String) { state.withLock { $0.destination = path } }

    /// The command as typed: `report`, `grants check`.
    func setCommand(_ name: String) { state.withLock { $0.command = name } }

    var commandName: String { state.withLock { $0.command } }

    /// The dataset read and its accounting (call again when the accounting changes).
    func recordInput(dataset folder: String, _ report: IngestReport) {
        state.withLock {
            $0.dataset = folder
            $0.ingest = report
        }
    }

    /// The accounting as it stands after checks that add to it (the unit checks).
    func recordAccounting(_ report: IngestReport) { state.withLock { $0.ingest = report } }

    /// A plan file read.
    func recordPlan(_ path: String) { state.withLock { if !$0.plans.contains(path) { $0.plans.append(path) } } }

    /// Something the run wrote.
    func recordOutput(_ path: String, kind: String, files: Int? = nil) {
        state.withLock { $0.outputs.append(Output(path: path, kind: kind, files: files)) }
    }

    /// The record as it stands, ending with `status`.
    func document(status: Int32) -> Document {
        let s = state.withLock { $0 }
        do {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            let runWarnings = Console.warnings
            let accounting = s.ingest.map { DataAccounting($0) }
            return Document(
                command: s.command, arguments: Array(CommandLine.arguments.dropFirst()),
                inputs: Inputs(
                    dataset: s.dataset, plans: s.plans,
                    totals: s.ingest.map {
                        Totals(
                            rowsRead: $0.rowsRead, accepted: $0.accepted, rejected: $0.rejected,
                            skipped: $0.skipped, errors: $0.errors, warnings: $0.warnings)
                    },
                    files: accounting?.files ?? [], ignoredFiles: accounting?.ignoredFiles ?? [],
                    missingFiles: accounting?.missingFiles ?? []),
                outputs: s.outputs, warnings: (s.ingest?.warnings ?? 0) + runWarnings.count,
                warningMessages: runWarnings,
                elapsedSeconds: Decimal(string: String(format: "%.3f", elapsed)) ?? 0,
                exitStatus: status, exitReason: ExitStatus.reason(status),
                message: status == 0 ? nil : Console.lastError)
        }
    }

    /// Writes the record when `--summary-json` asked for it; returns why it could not be written.
    func writeIfAsked(status: Int32) -> ExitStatusError? {
        guard let path = state.withLock({ $0.destination }) else { return nil }
        do {
            var data = try StableJSON.encode(document(status: status))
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return ExitStatusMapping.failure(for: error, doing: "write --summary-json \(path)")
        }
    }
}

extension ExitStatus {
    /// The name a run summary gives an exit status; `failure` for a status outside the contract.
    static func reason(_ status: Int32) -> String {
        switch ExitStatus(rawValue: status) {
        case .success: "success"
        case .findings: "findings"
        case .usage: "usage"
        case .dataError: "data_error"
        case .noInput: "no_input"
        case .cannotCreate: "cannot_create"
        case .ioError: "io_error"
        case .tryAgain: "try_again"
        case nil: "failure"
        }
    }
}
