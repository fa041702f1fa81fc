import PlanGaugeRecords

/// What happened to one input file: the accounting every run prints
/// (read = accepted + rejected + skipped).
public struct FileSummary: Sendable, Codable, Equatable {
    /// The file's path as given (relative to the dataset folder's parent when found there).
    public var file: String
    /// The dataset table it was read as: enterprises, revenue, parks, park_stats, series, milestones.
    public var table: String
    /// The text encoding the file was read in; nil when it was not read as text (e.g. unreadable).
    public var encoding: TextEncoding?
    /// Why that encoding: a byte-order mark, valid UTF-8, not UTF-8 (so GB18030), or `--encoding`.
    public var encodingReason: TextEncoding.Reason?
    /// The worksheet read, for an Excel workbook (nil for a CSV file).
    public var sheet: String?
    /// The line (or sheet row) of the header, when it is not the first: title and note rows above it.
    public var headerLine: Int?
    /// Rows read from the file, the header aside: each is accepted, rejected or skipped.
    public var rowsRead = 0
    /// Rows taken into the dataset.
    public var accepted = 0
    /// Rows refused (and written to the rejects file) with their error diagnostics.
    public var rejected = 0
    /// Rows that are no data and were recognised as such (see `skippedRows` for what they were).
    public var skipped: Int { skippedRows.count }
    /// The rows skipped as no data, by kind.
    public var skippedRows = SkippedRows()
    /// Error diagnostics about this file.
    public var errors = 0
    /// Warning diagnostics about this file.
    public var warnings = 0

    /// An empty summary for `file` read as `table`.
    public init(file: String, table: String) {
        self.file = file
        self.table = table
    }

    /// True when every row read is accounted for as accepted, rejected or skipped.
    public var isBalanced: Bool { rowsRead == accepted + rejected + skipped }

    enum CodingKeys: String, CodingKey {
        case file, table, encoding, encodingReason, sheet, headerLine, rowsRead, accepted, rejected, skipped,
            skippedRows, errors, warnings
    }

    /// Reads a summary as `encode(to:)` writes it (`skipped` is derived, not read back).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        table = try c.decode(String.self, forKey: .table)
        encoding = try c.decodeIfPresent(TextEncoding.self, forKey: .encoding)
        encodingReason = try c.decodeIfPresent(TextEncoding.Reason.self, forKey: .encodingReason)
        sheet = try c.decodeIfPresent(String.self, forKey: .sheet)
        headerLine = try c.decodeIfPresent(Int.self, forKey: .headerLine)
        rowsRead = try c.decode(Int.self, forKey: .rowsRead)
        accepted = try c.decode(Int.self, forKey: .accepted)
        rejected = try c.decode(Int.self, forKey: .rejected)
        skippedRows = try c.decodeIfPresent(SkippedRows.self, forKey: .skippedRows) ?? SkippedRows()
        errors = try c.decode(Int.self, forKey: .errors)
        warnings = try c.decode(Int.self, forKey: .warnings)
    }

    /// Writes every field, `skipped` included, for the JSON ingest report.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(table, forKey: .table)
        try c.encodeIfPresent(encoding, forKey: .encoding)
        try c.encodeIfPresent(encodingReason, forKey: .encodingReason)
        try c.encodeIfPresent(sheet, forKey: .sheet)
        try c.encodeIfPresent(headerLine, forKey: .headerLine)
        try c.encode(rowsRead, forKey: .rowsRead)
        try c.encode(accepted, forKey: .accepted)
        try c.encode(rejected, forKey: .rejected)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(skippedRows, forKey: .skippedRows)
        try c.encode(errors, forKey: .errors)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// Rows of an office return that are no data, by what they were. Each is counted as read and
/// skipped, never as accepted or rejected.
public struct SkippedRows: Sendable, Codable, Equatable {
    /// Title, note and `单位：万元` lines above the header.
    public var titleOrNotes = 0
    /// A row of units just under the header (`,,（万元）`).
    public var unitRow = 0
    /// The second row of a two-row header (`本期累计 | 上年同期 | 增长%` under `营业收入`).
    public var headerRow = 0
    /// Rows with no text in any cell.
    public var blank = 0
    /// `合计`, `总计` and `小计` rows (checked against the rows they close).
    public var totals = 0
    /// `填报人：…`, `联系电话：…`, `填报日期：…`, `注：…` lines after the table.
    public var footer = 0
    /// Revenue rows whose figures a merge revised: `revisions.csv` names the file of the row used instead.
    public var superseded = 0

    /// No rows skipped.
    public init() {}

    mutating func add(_ other: SkippedRows) {
        titleOrNotes += other.titleOrNotes
        unitRow += other.unitRow
        headerRow += other.headerRow
        blank += other.blank
        totals += other.totals
        footer += other.footer
        superseded += other.superseded
    }

    /// All skipped rows.
    public var count: Int { titleOrNotes + unitRow + headerRow + blank + totals + footer + superseded }

    /// `2 title/notes, 1 blank, 1 合计`: the kinds present, for accounting lines.
    public var described: String {
        var parts: [String] = []
        if titleOrNotes > 0 { parts.append("\(titleOrNotes) title/notes") }
        if headerRow > 0 { parts.append("\(headerRow) header row") }
        if unitRow > 0 { parts.append("\(unitRow) unit row") }
        if blank > 0 { parts.append("\(blank) blank") }
        if totals > 0 { parts.append("\(totals) 合计/小计") }
        if footer > 0 { parts.append("\(footer) footer") }
        if superseded > 0 { parts.append("\(superseded) superseded by revisions.csv") }
        return parts.joined(separator: ", ")
    }
}
