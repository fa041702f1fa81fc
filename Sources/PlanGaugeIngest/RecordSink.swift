/// Where a table's accepted records go, in file order, and the last word on each row: the checks
/// that need every earlier row (a duplicate id, a second fact for the same enterprise and period).
///
/// The commit step calls `verdict` for each converted row, in file order, then hands the accepted
/// ones over: one by one right after each verdict, or, for a sink that `takesRuns`, a run at a time
/// (a chunk's accepted rows, cut at its rejected ones), which saves a call per record.
protocol RecordSink<Column, Record> {
    associatedtype Column: TableColumn
    associatedtype Record

    /// Whether accepted records come a run at a time (`accept(run:)`) rather than one by one as
    /// each is judged. Only for a sink whose verdicts never look back at what it accepted.
    static var takesRuns: Bool { get }

    /// Keep the row, or reject it with the diagnostics the verdict adds to the row (read again from
    /// the file, so messages can quote its cells).
    mutating func verdict(on record: Record, at place: RecordPlace) -> RowVerdict<Column>

    mutating func accept(_ record: Record)

    mutating func accept(run: ArraySlice<Record>)
}

extension RecordSink {
    static var takesRuns: Bool { false }

    func verdict(on record: Record, at place: RecordPlace) -> RowVerdict<Column> { .accept }

    mutating func accept(run: ArraySlice<Record>) {
        for record in run { accept(record) }
    }
}

/// The commit step's word on a converted row.
enum RowVerdict<Column: TableColumn> {
    case accept
    /// Rejected, with the diagnostics this adds to the row.
    case reject((inout RowReader<Column>) -> Void)
    /// Neither: a row a later one replaces (a figure revised by a merge, `revisions.csv`), counted
    /// as skipped.
    case superseded
}

/// Where a record stands in its file, for a second look at a row the commit step rejects.
struct RecordPlace {
    var line: Int
    var range: Range<Int>
}

/// A sink that keeps every converted row, in order.
struct CollectingSink<Column: TableColumn, Record>: RecordSink {
    var records: [Record] = []

    static var takesRuns: Bool { true }

    mutating func accept(_ record: Record) { records.append(record) }

    mutating func accept(run: ArraySlice<Record>) { records.append(contentsOf: run) }
}

/// A sink that keeps the rows a check lets through: for a table whose rows are judged against the
/// ones before them (enterprises.csv's duplicate ids).
struct CheckingSink<Column: TableColumn, Record>: RecordSink {
    var records: [Record] = []
    let check: (Record, RecordPlace) -> RowVerdict<Column>

    mutating func verdict(on record: Record, at place: RecordPlace) -> RowVerdict<Column> { check(record, place) }

    mutating func accept(_ record: Record) { records.append(record) }
}
