/// The outcome of reading a dataset: per-file accounting and every diagnostic.
public struct IngestReport: Sendable {
    /// The dataset folder read, as given.
    public var folder: String
    /// One summary per input file, in the order read.
    public var files: [FileSummary] = []
    /// Every diagnostic of the run.
    public var log: DiagnosticLog
    /// Required files that are not there (`enterprises.csv`, at least one `revenue*.csv`).
    public var missingFiles: [String] = []
    /// Rejected rows verbatim, when `IngestOptions.collectRejects` asked for them.
    public var rejects: [FileRejects] = []
    /// CSV files in the folder that are no table of the contract (each one a warning).
    public var ignoredFiles: [String] = []

    /// An empty report for `folder`, collecting diagnostics in `log`.
    public init(folder: String, log: DiagnosticLog) {
        self.folder = folder
        self.log = log
    }

    /// Rows read in all files.
    public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }
    /// Rows accepted in all files.
    public var accepted: Int { files.reduce(0) { $0 + $1.accepted } }
    /// Rows rejected in all files.
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }
    /// Rows skipped as no data in all files.
    public var skipped: Int { files.reduce(0) { $0 + $1.skipped } }
    /// Errors in all files, plus one per missing required file.
    public var errors: Int { files.reduce(0) { $0 + $1.errors } + missingFiles.count }
    /// Warnings in all files, plus one per ignored file.
    public var warnings: Int { files.reduce(0) { $0 + $1.warnings } + ignoredFiles.count }

    /// sysexits: 66 (EX_NOINPUT) for a missing required file, 65 (EX_DATAERR) for any error, else 0.
    public var exitStatus: Int32 {
        if !missingFiles.isEmpty { return 66 }
        return errors > 0 ? 65 : 0
    }
}
