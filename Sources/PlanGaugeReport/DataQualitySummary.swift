/// What the reader accepted, rejected and skipped, handed to the report as plain values (the
/// report does not depend on Ingest; the CLI fills this from the ingest report). Encoded as the
/// `data_quality` object of `summary.json` and of the commands' JSON outputs.
public struct DataQualitySummary: Sendable, Equatable, Encodable {
    /// Rows that are no data, by kind (as `plangauge check --format json` counts them).
    public struct SkippedRows: Sendable, Equatable, Encodable {
        /// Title, note and `单位：万元` lines above the header.
        public var titleOrNotes: Int
        /// A row of units just under the header (`,,（万元）`).
        public var unitRow: Int
        /// The second row of a two-row header.
        public var headerRow: Int
        /// Rows with no text in any cell.
        public var blank: Int
        /// `合计`, `总计` and `小计` rows (checked against the rows they close).
        public var totals: Int
        /// `填报人：…`, `注：…` and like lines after the table.
        public var footer: Int
        /// Revenue rows whose figures a merge revised (`revisions.csv` names the row used instead).
        public var superseded: Int

        /// The counts, each 0 unless given.
        public init(
            titleOrNotes: Int = 0, unitRow: Int = 0, headerRow: Int = 0, blank: Int = 0, totals: Int = 0,
            footer: Int = 0, superseded: Int = 0
        ) {
            self.superseded = superseded
            self.titleOrNotes = titleOrNotes
            self.unitRow = unitRow
            self.headerRow = headerRow
            self.blank = blank
            self.totals = totals
            self.footer = footer
        }

        /// All rows skipped as no data.
        public var count: Int { titleOrNotes + unitRow + headerRow + blank + totals + footer + superseded }
    }

    /// What happened to one input file: read = accepted + rejected + skipped.
    public struct File: Sendable, Equatable, Encodable {
        /// The file, relative to the dataset folder in published output.
        public var file: String
        /// The dataset table it was read as (enterprises, revenue, parks, park_stats, series, milestones, grants …).
        public var table: String
        /// `utf-8`, `utf-8-bom`, `gb18030`; nil when the file could not be decoded at all.
        public var encoding: String?
        /// The worksheet read, for a workbook.
        public var sheet: String?
        /// The header's line when title rows come before it.
        public var headerLine: Int?
        /// Rows read: accepted + rejected + skipped.
        public var rowsRead: Int
        /// Rows taken into the dataset.
        public var accepted: Int
        /// Rows refused for an error: their figures are not in the statistics.
        public var rejected: Int
        /// The rows skipped as no data, by kind.
        public var skippedRows: SkippedRows
        /// Number of error messages about the file.
        public var errors: Int
        /// Number of warnings about the file (the rows they concern were kept).
        public var warnings: Int

        /// The accounting of one file; a table without skipped rows need not give `skippedRows`.
        public init(
            file: String, table: String, encoding: String?, sheet: String? = nil, headerLine: Int? = nil,
            rowsRead: Int, accepted: Int, rejected: Int, skippedRows: SkippedRows = SkippedRows(),
            errors: Int, warnings: Int
        ) {
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

        /// Rows skipped as no data (`skippedRows.count`).
        public var skipped: Int { skippedRows.count }
        /// No data row at all (a header alone, or nothing).
        public var isEmpty: Bool { rowsRead == 0 }
        /// Rows were read and every one was rejected.
        public var isWhollyRejected: Bool { rowsRead > 0 && accepted == 0 && rejected > 0 }

        enum CodingKeys: String, CodingKey {
            case file, table, encoding, sheet, headerLine, rowsRead, accepted, rejected, skipped, skippedRows, errors,
                warnings
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

    /// One entry per input file read, in reading order.
    public var files: [File]
    /// Files in the folder that are no table of the dataset contract (not read).
    public var ignoredFiles: [String]
    /// Required files that are not there.
    public var missingFiles: [String]
    /// Enterprises active in the last twelve months with no figure for the report period.
    public var missingReporters: [String]
    /// Whole files whose figures look filled in the wrong unit (`file: message`), each an error.
    public var unitAlerts: [String] = []

    /// The accounting; `unitAlerts` is set afterwards when there are any.
    public init(files: [File], ignoredFiles: [String] = [], missingFiles: [String] = [], missingReporters: [String]) {
        self.files = files
        self.ignoredFiles = ignoredFiles
        self.missingFiles = missingFiles
        self.missingReporters = missingReporters
    }

    /// Σ rows read over the files.
    public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }
    /// Σ rows accepted over the files.
    public var accepted: Int { files.reduce(0) { $0 + $1.accepted } }
    /// Σ rows rejected over the files.
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }
    /// Σ rows skipped as no data over the files.
    public var skipped: Int { files.reduce(0) { $0 + $1.skipped } }
    /// Files with no data row.
    public var emptyFiles: [File] { files.filter(\.isEmpty) }
    /// Files whose every row was rejected.
    public var whollyRejectedFiles: [File] { files.filter(\.isWhollyRejected) }
}

/// The same accounting without the report period's missing reporters: the `data_quality` object of
/// `progress --format json` and `quarterly --format json`.
public struct DataAccounting: Sendable, Equatable, Encodable {
    /// One entry per input file read.
    public var files: [DataQualitySummary.File]
    /// Files in the folder that are no table of the dataset contract (not read).
    public var ignoredFiles: [String]
    /// Required files that are not there.
    public var missingFiles: [String]

    /// `q` without its missing reporters and unit alerts.
    public init(_ q: DataQualitySummary) {
        files = q.files
        ignoredFiles = q.ignoredFiles
        missingFiles = q.missingFiles
    }
}

/// Any JSON document with `data_quality` added at its top level.
public struct WithDataQuality<Document: Encodable>: Encodable {
    /// The document whose keys come first.
    public var document: Document
    /// The files' accounting, encoded as `data_quality`.
    public var dataQuality: DataAccounting

    /// `document` with `dataQuality` beside it.
    public init(_ document: Document, dataQuality: DataAccounting) {
        self.document = document
        self.dataQuality = dataQuality
    }

    enum CodingKeys: String, CodingKey { case dataQuality }

    /// Encodes `document`'s keys, then `data_quality`.
    public func encode(to encoder: Encoder) throws {
        try document.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dataQuality, forKey: .dataQuality)
    }
}
