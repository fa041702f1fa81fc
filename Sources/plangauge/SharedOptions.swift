import ArgumentParser
import Foundation
import PlanGaugeIngest
import PlanGaugeModel

/// How files are read: shared by every command that reads a dataset.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Read every file as utf8 or gb18030 instead of detecting (BOM → valid UTF-8 → GB18030).")
    var encoding: String?

    @Option(help: "Largest CSV field accepted, in bytes.")
    var maxFieldBytes: Int = 1 << 20

    @Option(help: "Most fields accepted in one row.")
    var maxFields: Int = 4096

    @Option(help: "Largest row accepted, in bytes.")
    var maxRecordBytes: Int = 8 << 20

    @Option(help: "Write every rejected row, verbatim, with its diagnostics into this folder (one file per input file).")
    var rejects: String?

    @Option(help: "Folder of the subsidy policies (YAML) that grants.csv refers to (default: Data/policies).")
    var policies: String?

    func ingestOptions() throws -> IngestOptions {
        var options = IngestOptions(limits: .init(maxFieldBytes: maxFieldBytes, maxFields: maxFields, maxRecordBytes: maxRecordBytes),
                                    collectRejects: rejects != nil)
        if let encoding {
            guard let e = TextEncoding(option: encoding) else {
                throw ValidationError("--encoding must be utf8 or gb18030, not «\(encoding)»")
            }
            options.encoding = e
        }
        guard maxFieldBytes > 0, maxFields > 0, maxRecordBytes > 0 else { throw ValidationError("limits must be positive") }
        (options.policies, options.policiesSource) = try loadPolicies()
        return options
    }

    /// The policies grants.csv is checked against. The default folder may be absent (a dataset without
    /// grants needs none); a folder named with --policies must exist, and a broken policy file stops the run.
    func loadPolicies() throws -> ([Policy], String) {
        let folder = policies ?? Defaults.policies
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            if policies != nil { throw ValidationError("--policies \(folder): no such folder") }
            return ([], folder)
        }
        do {
            return (try PolicyFile.loadFolder(folder), folder)
        } catch let e as PlanFileError {
            FileHandle.standardError.write(Data((e.description + "\n").utf8))
            throw ExitCode(65)
        }
    }

    /// `--rejects DIR`: the rejected rows of each file, verbatim, and why.
    func writeRejects(_ report: IngestReport) throws {
        guard let rejects else { return }
        let paths = try RejectsWriter.write(report.rejects, to: rejects)
        let rows = report.rejects.reduce(0) { $0 + $1.rows.count }
        FileHandle.standardError.write(Data("plangauge: \(rows) rejected rows written to \(rejects)/ (\(paths.count) files)\n".utf8))
    }
}

/// `check DATASET`: the folder as an argument.
struct DatasetArgument: ParsableArguments {
    @Argument(help: "The dataset folder.")
    var dataset: String = Defaults.dataset

    @OptionGroup var reading: ReadingOptions
}

/// `--data DIR` for the commands that also take a plan or a period.
struct DataOption: ParsableArguments {
    @Option(help: "Dataset folder.")
    var data: String = Defaults.dataset

    @OptionGroup var reading: ReadingOptions

    /// Loads the dataset; a missing folder or required file exits 66, rejected rows only warn
    /// (the analysis runs on what was accepted; `check` lists the rest).
    /// `revenuePanels`: gather these fields of the revenue facts into panels instead of keeping the rows.
    func load(revenuePanels: Set<AmountField>? = nil) throws -> (Dataset, IngestReport) {
        var options = try reading.ingestOptions()
        options.revenuePanels = revenuePanels
        if PhaseTimings.enabled { options.onFileRead = { name in PhaseTimings.mark("read " + name) } }
        let (dataset, ingest) = try loadOrExit(data, options)
        try reading.writeRejects(ingest)
        if ingest.exitStatus == 66 {
            for m in ingest.missingFiles { FileHandle.standardError.write(Data("plangauge: missing \(m)\n".utf8)) }
            throw ExitCode(66)
        }
        if ingest.rejected > 0 {
            FileHandle.standardError.write(Data(
                "plangauge: warning: \(ingest.rejected) of \(ingest.rowsRead) rows were rejected; run `plangauge check \(data)` for the list\n".utf8))
        }
        return (dataset, ingest)
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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
        FileHandle.standardError.write(Data("plangauge: \(folder): no such dataset folder\n".utf8))
        throw ExitCode(66)
    }
    do {
        return try DatasetLoader.load(folder: folder, options: options)
    } catch {
        FileHandle.standardError.write(Data("plangauge: \(folder): \(error)\n".utf8))
        throw ExitCode(66)
    }
}
