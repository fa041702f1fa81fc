import ArgumentParser
import Foundation
import PlanGaugeSystem
import PlanGaugeIngest
import PlanGaugeModel

/// How files are read: shared by every command that reads a dataset.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Read every file as utf8 or gb18030 instead of detecting (BOM → valid UTF-8 → GB18030).")
    var encoding: String?

    @Option(help: "The sheet read from every Excel workbook (.xlsx), by name (default: each workbook's first sheet).")
    var sheet: String?

    @Option(help: "Largest CSV field accepted, in bytes.")
    var maxFieldBytes: Int = 1 << 20

    @Option(help: "Most fields accepted in one row.")
    var maxFields: Int = 4096

    @Option(help: "Largest row accepted, in bytes.")
    var maxRecordBytes: Int = 8 << 20

    @Option(
        help: "Write every rejected row, verbatim, with its diagnostics into this folder (one file per input file).")
    var rejects: String?

    @Option(
        help:
            "Folder of the subsidy policies (YAML) that grants.csv refers to (default: the dataset's policies/, else the shipped ones; read only when the dataset has grants)."
    )
    var policies: String?

    /// `dataset`: the folder to be read; its own policies/ come first, and a dataset without grants
    /// files reads no policies at all.
    func ingestOptions(dataset: String) throws -> IngestOptions {
        var options = IngestOptions(
            limits: .init(maxFieldBytes: maxFieldBytes, maxFields: maxFields, maxRecordBytes: maxRecordBytes),
            collectRejects: rejects != nil)
        options.sheet = sheet
        if let encoding {
            guard let e = TextEncoding(option: encoding) else {
                throw ValidationError("--encoding must be utf8 or gb18030, not «\(encoding)»")
            }
            options.encoding = e
        }
        guard maxFieldBytes > 0, maxFields > 0, maxRecordBytes > 0 else {
            throw ValidationError("limits must be positive")
        }
        if Self.hasGrants(dataset) || policies != nil {
            (options.policies, options.policiesSource) = try loadPolicies(dataset: dataset)
        }
        return options
    }

    /// Whether the folder has a grants ledger (the only table that refers to policies).
    static func hasGrants(_ dataset: String) -> Bool {
        guard let files = try? DatasetFiles(folder: dataset) else { return false }
        return files.grants != nil || files.grantPayments != nil
    }

    /// The policies grants.csv is checked against. The default folder may be absent (then every grant's
    /// policy is unknown, and `check` says so); a folder named with --policies must exist, and a broken
    /// policy file stops the run.
    func loadPolicies(dataset: String) throws -> ([Policy], String) {
        guard let folder = Locations.policies(policies, dataset: dataset) else {
            return ([], "the policies folder (none found)")
        }
        guard Locations.isDirectory(folder) else {
            if policies != nil { throw ValidationError("--policies \(folder): no such folder") }
            return ([], folder)
        }
        do {
            return (try PolicyFile.loadFolder(folder), folder)
        } catch let e as PlanFileError {
            throw CommandFailure(.dataError, e.description)
        }
    }

    /// `--rejects DIR`: the rejected rows of each file, verbatim, and why.
    func writeRejects(_ report: IngestReport) throws {
        guard let rejects else { return }
        let paths = try RejectsWriter.write(report.rejects, to: rejects)
        let rows = report.rejects.reduce(0) { $0 + $1.rows.count }
        Console.note("plangauge: \(rows) rejected rows written to \(rejects)/ (\(paths.count) files)")
        RunSummary.shared.recordOutput(rejects, kind: "folder", files: paths.count)
    }
}

/// `check DATASET`: the folder as an argument.
struct DatasetArgument: ParsableArguments {
    @Argument(help: "The dataset folder (default: the shipped sample; see `plangauge --help`).")
    var dataset: String?

    @OptionGroup var reading: ReadingOptions
}

/// `--data DIR` for the commands that also take a plan or a period.
struct DataOption: ParsableArguments {
    @Option(name: .customLong("data"), help: "Dataset folder (default: the shipped sample; see `plangauge --help`).")
    var dataOption: String?

    @Option(
        name: .customLong("data-label"),
        help:
            "The dataset's name in the files and output written (default: the dataset folder's name; files are always named relative to the folder)."
    )
    var dataLabel: String?

    @OptionGroup var reading: ReadingOptions

    /// The dataset folder: --data, else the shipped sample (exits 66 when it cannot be found).
    var data: String {
        get throws { try Locations.dataset(dataOption) }
    }

    /// Loads the dataset; a missing folder or required file exits 66. `accounting`: print each file's
    /// accounting (or one line when all is clean) and the first errors on stderr, and leave the exit
    /// status to `PartialDataOption.finish` after the output is written; otherwise rejected rows only
    /// warn in one line. `revenuePanels`: gather these fields of the revenue facts into panels
    /// instead of keeping the rows.
    func load(revenuePanels: Set<AmountField>? = nil, accounting: Bool = false) throws -> (Dataset, IngestReport) {
        let data = try self.data
        var options = try reading.ingestOptions(dataset: data)
        options.revenuePanels = revenuePanels
        let timings = PhaseTimings.enabled
        options.onFileRead = { name in
            if timings { PhaseTimings.mark("read " + name) }
            ProgressLine.fileRead()
        }
        ProgressLine.phase("reading \(data)")
        let (dataset, ingest) = try loadOrExit(data, options)
        ProgressLine.phase("computing")
        try reading.writeRejects(ingest)
        if accounting { Console.note(DataAccountingText.stderrSummary(ingest, dataset: data)) }
        if ingest.exitStatus == 66 {
            let missing = ingest.missingFiles.map { "plangauge: missing \($0)" }.joined(separator: "\n")
            throw CommandFailure(.noInput, missing.isEmpty ? "plangauge: \(data): a required file is missing" : missing)
        }
        if ingest.rejected > 0 && !accounting {
            Console.warning(
                "plangauge: warning: \(ingest.rejected) of \(ingest.rowsRead) rows were rejected; run `plangauge check \(data)` for the list"
            )
        }
        return (dataset, ingest)
    }
}

/// `--allow-rejects` and the exit status of the commands that publish figures from a dataset
/// (`progress`, `quarterly`, `report`, `export`).
struct PartialDataOption: ParsableArguments {
    @Flag(
        help: """
            Exit 0 even when rows were rejected or a file could not be read (the stderr accounting still \
            says so). For cron jobs that must publish what was accepted; without it such a run exits 65 \
            after writing its output.
            """)
    var allowRejects = false

    /// Call after the output is written: 65 (EX_DATAERR) when a row was rejected or a file could not
    /// be read, unless --allow-rejects.
    /// The run summary takes the final accounting (with the unit checks folded in) from here.
    func finish(_ ingest: IngestReport) throws {
        RunSummary.shared.recordAccounting(ingest)
        guard ingest.exitStatus != 0 else { return }
        if allowRejects {
            Console.note("plangauge: \(Self.counted(ingest)); exit status 0 (--allow-rejects)")
            return
        }
        let details =
            Console.isQuiet
            ? "`plangauge check \(DataAccountingText.shellWord(ingest.folder))` lists them" : "see above"
        throw CommandFailure(
            ExitStatus(rawValue: ingest.exitStatus) ?? .dataError,
            "plangauge: output written, but from data with errors (\(Self.counted(ingest)); \(details)); exit status \(ingest.exitStatus) (--allow-rejects: 0)"
        )
    }

    /// `1 rejected row, 2 errors`.
    static func counted(_ ingest: IngestReport) -> String {
        "\(ingest.rejected) rejected row\(ingest.rejected == 1 ? "" : "s"), \(ingest.errors) error\(ingest.errors == 1 ? "" : "s")"
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// Loads a dataset, turning an unreadable folder into exit status 66.
func loadOrExit(_ folder: String, _ options: IngestOptions) throws -> (Dataset, IngestReport) {
    guard SystemFiles.entry(folder) == .folder else {
        throw CommandFailure(.noInput, "plangauge: \(folder): no such dataset folder")
    }
    do {
        let (dataset, report) = try DatasetLoader.load(folder: folder, options: options)
        RunSummary.shared.recordInput(dataset: folder, report)
        return (dataset, report)
    } catch {
        let reason =
            (error as NSError).domain == NSCocoaErrorDomain ? ExitStatusMapping.failure(for: error)?.description : nil
        throw CommandFailure(.noInput, reason ?? "plangauge: \(folder): \(error)")
    }
}
