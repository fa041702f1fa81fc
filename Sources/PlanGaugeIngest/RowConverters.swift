import PlanGaugeRecords

/// A table's row converters for one chunk. `plain`, when given, is tried first on every row with the
/// header's number of fields, straight from its cells and with no `RowReader`: it returns a record
/// only for a row the full checks would accept without a word, and nil for any other, which then goes
/// through `full` (the one code path that names problems). A type, not a closure, so that the row
/// loop calls it directly (a closure would cost a retain and a release for every row).
struct RowConverters<Column: TableColumn, Record, Plain: PlainRows> where Plain.Record == Record {
    /// Turns a row into a record, or returns nil (then the row is rejected, with the row's diagnostics).
    typealias Full = (inout RowReader<Column>) -> Record?

    var plain: Plain?
    var full: Full
}

extension RowConverters where Plain == NoPlainRows<Record> {
    /// Converters that take every row through the full checks.
    init(full: @escaping Full) {
        self.init(plain: nil, full: full)
    }
}

/// Makes a chunk's converters once the file's encoding and header are known. Called for several
/// chunks at once when a table is read in parallel, so it may read shared state but not change it.
typealias MakeConverters<Column: TableColumn, Record, Plain: PlainRows> =
    (TextEncoding, ResolvedHeader<Column>?) -> RowConverters<Column, Record, Plain> where Plain.Record == Record

/// What reads a table's plain rows straight from their cells (see `RowConverters`).
protocol PlainRows<Record>: SendableMetatype {
    associatedtype Record
    /// The row's record, or nil when the full checks have to look at it.
    func read(_ record: CSVRecord) -> Record?
}

/// The plain-row reader of a table that has none: every row goes through the full checks.
struct NoPlainRows<Record>: PlainRows {
    func read(_ record: CSVRecord) -> Record? { nil }
}
