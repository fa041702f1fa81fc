import PlanGaugeModel

/// Reads one CSV file as one dataset table: encoding, libcsv, header, then each row through `convert`.
///
/// `convert` turns a row into a record or returns nil; a row is accepted only when it returns a
/// record and logged no error. Every record libcsv reports, broken ones included, is counted.
struct TableReader<Column: TableColumn> {
    let path: String
    let displayName: String
    let table: String
    let options: IngestOptions

    func read<Record>(
        log: inout DiagnosticLog,
        convert: (inout RowReader<Column>) -> Record?,
        sink: ((Record) -> Void)? = nil
    ) throws -> (records: [Record], summary: FileSummary, rejects: FileRejects?) {
        let file = try MappedFile(path: path)
        return read(file.bytes, log: &log, convert: convert, sink: sink)
    }

    /// The table in `input` (a whole file's bytes, BOM included).
    /// Accepted records go to `sink` when given (straight into the caller's storage: a large file
    /// is not held twice), else into the returned array.
    func read<Record>(
        _ input: UnsafeRawBufferPointer,
        log: inout DiagnosticLog,
        convert: (inout RowReader<Column>) -> Record?,
        sink: ((Record) -> Void)? = nil
    ) -> (records: [Record], summary: FileSummary, rejects: FileRejects?) {
        var summary = FileSummary(file: displayName, table: table)
        var bytes = input
        let (encoding, reason) = options.encoding.map { ($0, TextEncoding.Reason.option) } ?? TextEncoding.detect(bytes)
        summary.encoding = encoding
        summary.encodingReason = reason
        let bom = TextEncoding.hasUTF8BOM(bytes)
        if bom { bytes = UnsafeRawBufferPointer(rebasing: bytes[3...]) }
        let decoder = TextDecoder(encoding: encoding)
        let caches = ParseCaches()
        var header: ResolvedHeader<Column>?
        var headerProblems: [Diagnostic] = []
        var sawHeader = false
        var records: [Record] = []
        var rejects = options.collectRejects ? FileRejects(file: displayName, byteOrderMark: bom, header: [], rows: []) : nil

        func note(_ d: Diagnostic) {
            if d.severity == .error { summary.errors += 1 } else { summary.warnings += 1 }
            log.add(d)
        }
        // A rejected row, kept verbatim with its diagnostics when asked for (`--rejects`).
        func reject(_ range: Range<Int>, line: Int, _ diagnostics: [Diagnostic]) {
            summary.rejected += 1
            guard rejects != nil else { return }
            let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
            rejects!.rows.append(RejectedRow(line: line, bytes: Array(raw), diagnostics: diagnostics.filter { $0.severity == .error }))
        }

        let reader = CSVReader(limits: options.limits)
        reader.read(bytes, onRecord: { record in
            guard sawHeader else {
                sawHeader = true
                rejects?.header = Array(UnsafeRawBufferPointer(rebasing: bytes[record.byteRange]))
                var cells: [String] = []
                for i in 0..<record.count {
                    let raw = record[i]
                    cells.append(decoder.decode(raw) ?? String(decoding: raw, as: UTF8.self))
                }
                header = ResolvedHeader<Column>.resolve(cells, file: displayName, line: record.line, report: {
                    note($0)
                    headerProblems.append($0)
                })
                return
            }
            summary.rowsRead += 1
            guard let header else {
                reject(record.byteRange, line: record.line, headerProblems)   // reported once, on the header
                return
            }
            if record.count != header.fieldCount {
                let d = Diagnostic(file: displayName, line: record.line, column: min(record.count, header.fieldCount) + 1,
                                   severity: .error,
                                   message: "row has \(record.count) fields but the header has \(header.fieldCount); an unquoted comma in a value shifts every column after it",
                                   expected: "\(header.fieldCount) fields; quote values that contain commas")
                note(d)
                reject(record.byteRange, line: record.line, [d])
                return
            }
            var row = RowReader<Column>(record: record, header: header, decoder: decoder, file: displayName, caches: caches)
            let converted = convert(&row)
            for d in row.diagnostics { note(d) }
            if let converted, !row.hasError {
                if let sink { sink(converted) } else { records.append(converted) }
                summary.accepted += 1
            } else {
                var diagnostics = row.diagnostics
                if !row.hasError {
                    let d = Diagnostic(file: displayName, line: record.line, column: 0, severity: .error, message: "row rejected")
                    note(d)
                    diagnostics.append(d)
                }
                reject(record.byteRange, line: record.line, diagnostics)
            }
        }, onError: { error in
            // An unclosed quote is noticed at the end of the file; the place to fix it is where it opened.
            let line = error.kind == .unterminatedQuote ? error.recordLine : error.line
            let d = Diagnostic(file: displayName, line: line, column: error.column, severity: .error,
                               message: error.message, expected: error.expected)
            note(d)
            if sawHeader {
                summary.rowsRead += 1
                reject(error.byteRange, line: error.recordLine, [d])
            } else {
                sawHeader = true
                headerProblems.append(d)
            }
        })
        if sawHeader && summary.rowsRead == 0 && header != nil {
            note(Diagnostic(file: displayName, line: 1, column: 0, severity: .warning,
                            message: "the file has a header but no data rows"))
        }
        if !sawHeader {
            note(Diagnostic(file: displayName, line: 1, column: 0, severity: .error,
                            message: "the file is empty; a header row is required",
                            expected: "a header naming " + Column.allCases.filter(\.isRequired).map(\.displayName).joined(separator: ", ")))
        }
        if rejects?.rows.isEmpty == true { rejects = nil }
        return (records, summary, rejects)
    }
}

extension CSVSyntaxError {
    var message: String {
        let start = recordLine == line ? "" : " (the record starts on line \(recordLine))"
        switch kind {
        case .malformedQuote:
            return "malformed CSV: a quote inside an unquoted field, or text after a closing quote" + start
        case .unterminatedQuote:
            return "malformed CSV: a quoted field opened on line \(recordLine) is never closed"
        case .tooLarge(let what):
            return "record too large: \(what)" + start
        case .other(let text):
            return "libcsv: \(text)" + start
        }
    }

    var expected: String {
        switch kind {
        case .malformedQuote: "a field either unquoted without \" or wholly in quotes, with inner quotes doubled (\"\")"
        case .unterminatedQuote: "a closing quote"
        case .tooLarge: "fields and rows within --max-field-bytes and --max-fields"
        case .other: "well-formed CSV"
        }
    }
}
