/// What the reader accepted and rejected, handed to the report as plain values (the report
/// does not depend on Ingest; the CLI fills this from the ingest report).
public struct DataQualitySummary: Sendable, Equatable, Encodable {
    public struct File: Sendable, Equatable, Encodable {
        public var file: String
        public var table: String
        public var encoding: String
        public var rowsRead: Int
        public var accepted: Int
        public var rejected: Int
        public var errors: Int
        public var warnings: Int

        public init(file: String, table: String, encoding: String, rowsRead: Int, accepted: Int, rejected: Int, errors: Int, warnings: Int) {
            self.file = file
            self.table = table
            self.encoding = encoding
            self.rowsRead = rowsRead
            self.accepted = accepted
            self.rejected = rejected
            self.errors = errors
            self.warnings = warnings
        }
    }

    public var files: [File]
    /// Enterprises active in the last twelve months with no figure for the report period.
    public var missingReporters: [String]

    public init(files: [File], missingReporters: [String]) {
        self.files = files
        self.missingReporters = missingReporters
    }
}
