/// The outcome of reading a dataset: per-file accounting and every diagnostic.
public struct IngestReport: Sendable {
    public var folder: String
    public var files: [FileSummary] = []
    public var log: DiagnosticLog
    /// Required files that are not there (`enterprises.csv`, at least one `revenue*.csv`).
    public var missingFiles: [String] = []
    /// Rejected rows verbatim, when `IngestOptions.collectRejects` asked for them.
    public var rejects: [FileRejects] = []
    /// CSV files in the folder that are no table of the contract (each one a warning).
    public var ignoredFiles: [String] = []

    public init(folder: String, log: DiagnosticLog) {
        self.folder = folder
        self.log = log
    }

    public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }
    public var accepted: Int { files.reduce(0) { $0 + $1.accepted } }
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }
    public var skipped: Int { files.reduce(0) { $0 + $1.skipped } }
    public var errors: Int { files.reduce(0) { $0 + $1.errors } + missingFiles.count }
    public var warnings: Int { files.reduce(0) { $0 + $1.warnings } + ignoredFiles.count }

    /// sysexits: 66 (EX_NOINPUT) for a missing required file, 65 (EX_DATAERR) for any error, else 0.
    public var exitStatus: Int32 {
        if !missingFiles.isEmpty { return 66 }
        return errors > 0 ? 65 : 0
    }
}
