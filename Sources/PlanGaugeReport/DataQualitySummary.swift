/// What the reader accepted, rejected and skipped, handed to the report as plain values (the
/// report does not depend on Ingest; the CLI fills this from the ingest report). Encoded as the
/// `data_quality` object of `summary.json` and of the commands' JSON outputs.
public struct DataQualitySummary: Sendable, Equatable, Encodable {
    /// Rows that are no data, by kind (as `plangauge check --format json` counts them).
    public struct SkippedRows: Sendable, Equatable, Encodable {
        public var titleOrNotes: Int
        public var unitRow: Int
        /// The second row of a two-row header.
        public var headerRow: Int
        public var blank: Int
        public var totals: Int
        public var footer: Int

        public init(titleOrNotes: Int = 0, unitRow: Int = 0, headerRow: Int = 0, blank: Int = 0, totals: Int = 0, footer: Int = 0) {
            self.titleOrNotes = titleOrNotes
            self.unitRow = unitRow
            self.headerRow = headerRow
            self.blank = blank
            self.totals = totals
            self.footer = footer
        }

        public var count: Int { titleOrNotes + unitRow + headerRow + blank + totals + footer }
    }

    public struct File: Sendable, Equatable, Encodable {
        public var file: String
        public var table: String
        /// `utf-8`, `utf-8-bom`, `gb18030`; nil when the file could not be decoded at all.
        public var encoding: String?
        /// The worksheet read, for a workbook.
        public var sheet: String?
        /// The header's line when title rows come before it.
        public var headerLine: Int?
        public var rowsRead: Int
        public var accepted: Int
        public var rejected: Int
        public var skippedRows: SkippedRows
        public var errors: Int
        public var warnings: Int

        public init(file: String, table: String, encoding: String?, sheet: String? = nil, headerLine: Int? = nil,
                    rowsRead: Int, accepted: Int, rejected: Int, skippedRows: SkippedRows = SkippedRows(),
                    errors: Int, warnings: Int) {
            self.file = file
            self.table = table
            self.encoding = encoding
            self.sheet = sheet
            self.headerLine = headerLine
            self.rowsRead = rowsRead
            self.accepted = accepted
            self.rejected = rejected
            self.skippedRows = skippedRows
            self.errors = errors
            self.warnings = warnings
        }

        public var skipped: Int { skippedRows.count }
        /// No data row at all (a header alone, or nothing).
        public var isEmpty: Bool { rowsRead == 0 }
        /// Rows were read and every one was rejected.
        public var isWhollyRejected: Bool { rowsRead > 0 && accepted == 0 && rejected > 0 }

        enum CodingKeys: String, CodingKey {
            case file, table, encoding, sheet, headerLine, rowsRead, accepted, rejected, skipped, skippedRows, errors, warnings
        }

        /// Every key always present (null when there is no value), so scripts need not test for keys.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(table, forKey: .table)
            try c.encode(encoding, forKey: .encoding)
            try c.encode(sheet, forKey: .sheet)
            try c.encode(headerLine, forKey: .headerLine)
            try c.encode(rowsRead, forKey: .rowsRead)
            try c.encode(accepted, forKey: .accepted)
            try c.encode(rejected, forKey: .rejected)
            try c.encode(skipped, forKey: .skipped)
            try c.encode(skippedRows, forKey: .skippedRows)
            try c.encode(errors, forKey: .errors)
            try c.encode(warnings, forKey: .warnings)
        }
    }

    public var files: [File]
    /// Files in the folder that are no table of the dataset contract (not read).
    public var ignoredFiles: [String]
    /// Required files that are not there.
    public var missingFiles: [String]
    /// Enterprises active in the last twelve months with no figure for the report period.
    public var missingReporters: [String]
    /// Whole files whose figures look filled in the wrong unit (`file: message`), each an error.
    public var unitAlerts: [String] = []

    public init(files: [File], ignoredFiles: [String] = [], missingFiles: [String] = [], missingReporters: [String]) {
        self.files = files
        self.ignoredFiles = ignoredFiles
        self.missingFiles = missingFiles
        self.missingReporters = missingReporters
    }

    public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }
    public var accepted: Int { files.reduce(0) { $0 + $1.accepted } }
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }
    public var skipped: Int { files.reduce(0) { $0 + $1.skipped } }
    /// Files with no data row.
    public var emptyFiles: [File] { files.filter(\.isEmpty) }
    /// Files whose every row was rejected.
    public var whollyRejectedFiles: [File] { files.filter(\.isWhollyRejected) }
}

/// The same accounting without the report period's missing reporters: the `data_quality` object of
/// `progress --format json` and `quarterly --format json`.
public struct DataAccounting: Sendable, Equatable, Encodable {
    public var files: [DataQualitySummary.File]
    public var ignoredFiles: [String]
    public var missingFiles: [String]

    public init(_ q: DataQualitySummary) {
        files = q.files
        ignoredFiles = q.ignoredFiles
        missingFiles = q.missingFiles
    }
}

/// Any JSON document with `data_quality` added at its top level.
public struct WithDataQuality<Document: Encodable>: Encodable {
    public var document: Document
    public var dataQuality: DataAccounting

    public init(_ document: Document, dataQuality: DataAccounting) {
        self.document = document
        self.dataQuality = dataQuality
    }

    enum CodingKeys: String, CodingKey { case dataQuality }

    public func encode(to encoder: Encoder) throws {
        try document.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dataQuality, forKey: .dataQuality)
    }
}
