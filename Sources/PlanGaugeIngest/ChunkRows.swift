import PlanGaugeRecords

/// One chunk's rows, parsed and converted, waiting for their turn to be committed.
struct ChunkResult<Record> {
    var records: [Record] = []
    var places: [RecordPlace] = []
    /// Diagnostics of the chunk's rows, in row order.
    var diagnostics: [Diagnostic] = []
    var rejects: [RejectedRow] = []
    var rowsRead = 0
    var rejected = 0
    /// Blank, total and footer rows (counted as read, neither accepted nor rejected).
    var skipped = SkippedRows()
    /// A record still open at the chunk's end (the cut fell inside a quoted field).
    var open: RecordStart?
    /// Line ends the chunk went past.
    var lineEnds = 0
    /// What to add to the lines of `places` (a chunk parsed from line 1 and renumbered).
    var lineShift = 0
}

/// Turns the records of one chunk into converted rows, diagnostics and rejects. Read-only, so that
/// chunks of one file are parsed on several threads at once.
struct ChunkRows<Column: TableColumn> {
    let input: TableBytes
    let header: ResolvedHeader<Column>?
    /// The header's problems, given to every row of a file whose header could not be read.
    let headerProblems: [Diagnostic]
    let encoding: TextEncoding
    let file: String
    let options: IngestOptions

    /// Parses and converts the rows in `range`, which starts at a record boundary on `line`: the plain
    /// reader first, then the full checks, with rows that are no data (blank, 合计, a footer) set aside.
    ///
    /// Long by design: the steps are local functions handed the chunk's result inout (so its
    /// accesses are checked when compiled, not on every row), and the loop over every row of the
    /// file makes no call through a generic type (one of those cost the plain rows half their speed).
    func parse<Record, Plain>(
        _ range: Range<Int>, line: Int, final: Bool,
        _ converters: RowConverters<Column, Record, Plain>
    ) -> ChunkResult<Record> {
        var c = ChunkResult<Record>(reservingRows: range.count / 64)
        let (input, file, collect, headerProblems) = (
            self.input, self.file, options.collectRejects, self.headerProblems
        )
        let decoder = TextDecoder(encoding: encoding)
        let rowContext = header.map { RowContext(header: $0, decoder: decoder, file: file, caches: ParseCaches()) }
        let fieldCount = header?.fieldCount ?? -1
        func reject(_ range: Range<Int>, line: Int, _ diagnostics: [Diagnostic], _ c: inout ChunkResult<Record>) {
            c.rejected += 1
            guard collect else { return }
            c.rejects.append(
                RejectedRow(line: line, bytes: input.array(range), diagnostics: diagnostics.errorsOnly))
        }
        // Rows of an office return that are no data: recognised only among rows the plain reader
        // did not take, so a clean file pays nothing for it.
        func skip(_ record: CSVRecord, _ c: inout ChunkResult<Record>) -> Bool {
            switch NonDataRow.classify(record, decode: decoder.decode) {
            case nil: return false
            case .blank?: c.skipped.blank += 1
            case .total?: c.skipped.totals += 1
            case .footer?: c.skipped.footer += 1
            }
            return true
        }
        func keep(_ converted: Record, _ record: CSVRecord, _ c: inout ChunkResult<Record>) {
            c.records.append(converted)
            c.places.append(RecordPlace(line: record.line, range: record.byteRange))
        }
        let convert = converters.full
        let plain = converters.plain
        let reader = input.readRecords(
            range, line: line, final: final, limits: options.limits, copy: true, into: &c,
            onRecord: { record, c in
                c.rowsRead += 1
                guard fieldCount >= 0 else {  // no header (then no row context)
                    reject(record.byteRange, line: record.line, headerProblems, &c)  // reported once, on the header
                    return
                }
                if record.count != fieldCount {
                    if skip(record, &c) { return }
                    let d = Diagnostic(
                        file: file, line: record.line, column: min(record.count, fieldCount) + 1, severity: .error,
                        message:
                            "row has \(record.count) fields but the header has \(fieldCount); an unquoted comma in a value shifts every column after it",
                        expected: "\(fieldCount) fields; quote values that contain commas")
                    c.diagnostics.append(d)
                    reject(record.byteRange, line: record.line, [d], &c)
                    return
                }
                if let plain, let converted = plain.read(record) { return keep(converted, record, &c) }
                // Bound only here: binding it above cost the plain rows a retain and a release each.
                guard let rowContext else { preconditionFailure("a header (fieldCount ≥ 0) always has a row context") }
                var row = RowReader<Column>(record: record, context: rowContext)
                let converted = convert(&row)
                // A row the checks refuse may be no data at all (合计, a footer, a blank row): looked at
                // only then, so rows that read cleanly pay nothing for it.
                if converted == nil || row.hasError, skip(record, &c) { return }
                if !row.diagnostics.isEmpty { c.diagnostics.append(contentsOf: row.diagnostics) }
                if let converted, !row.hasError { return keep(converted, record, &c) }
                var diagnostics = row.diagnostics
                if !row.hasError {
                    let d = Diagnostic(
                        file: file, line: record.line, column: 0, severity: .error, message: "row rejected")
                    c.diagnostics.append(d)
                    diagnostics.append(d)
                }
                reject(record.byteRange, line: record.line, diagnostics, &c)
            },
            onError: { error, c in
                let d = error.diagnostic(file: file)
                c.diagnostics.append(d)
                c.rowsRead += 1
                reject(error.byteRange, line: error.recordLine, [d], &c)
            })
        c.open = reader.openRecord.map { RecordStart(offset: $0.offset, line: $0.line) }
        c.lineEnds = reader.endLine - line
        return c
    }

    /// Reads one accepted record again and lets the commit step describe why it is rejected after all.
    func recheck(_ place: RecordPlace, decoder: TextDecoder, _ describe: (inout RowReader<Column>) -> Void)
        -> [Diagnostic]
    {
        guard let header else { return [] }
        var diagnostics: [Diagnostic] = []
        _ = input.readRecords(
            place.range, line: place.line, final: true, limits: options.limits, copy: false,
            onRecord: { record in
                guard diagnostics.isEmpty else { return }
                var row = RowReader<Column>(
                    record: record, header: header, decoder: decoder, file: file, caches: ParseCaches())
                describe(&row)
                diagnostics = row.diagnostics
            }, onError: { _ in })
        return diagnostics
    }
}

extension ChunkResult {
    /// Room for `rows` rows: grown by doubling, the arrays were copied a dozen times per chunk.
    fileprivate init(reservingRows rows: Int) {
        records.reserveCapacity(rows)
        places.reserveCapacity(rows)
    }
}

extension [Diagnostic] {
    /// The errors among these diagnostics (what a rejected row keeps).
    var errorsOnly: [Diagnostic] { filter { $0.severity == .error } }
}
