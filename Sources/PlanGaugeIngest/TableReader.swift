import Foundation
import PlanGaugeModel

/// Reads one CSV file as one dataset table: encoding, libcsv, header, then each row through a converter.
///
/// A converter turns a row into a record or returns nil; a row is accepted only when it returns a
/// record, logged no error, and passes `commit` (the checks that need every earlier row, such as
/// duplicates). Every record libcsv reports, broken ones included, is counted.
///
/// Large tables are read in parallel (`concurrent`): the rows are cut into chunks at line ends,
/// each chunk is parsed by its own libcsv parser and converted on any core, and the chunks are
/// committed strictly in file order, so diagnostics, rejects and records come out exactly as a
/// single pass would give them. A line end inside a quoted field is no record boundary; when a
/// chunk ends inside a record, reading goes on from that record's start in one piece.
struct TableReader<Column: TableColumn> {
    let path: String
    let displayName: String
    let table: String
    let options: IngestOptions
    /// The records keep no line numbers (the revenue facts gathered into panels), so the chunks read
    /// in parallel need not be numbered beforehand: each is parsed from line 1, and put in the file's
    /// terms as it is committed (a chunk with any diagnostic or rejected row is read again there, at
    /// its true first line, so messages name the right lines). No pass counts line ends first.
    var recordsOmitLines = false
    /// Puts a message in the file's own terms, when the bytes read are not the file itself (an
    /// office file made plain by `OfficeTable`: its lines are the file's lines or sheet rows).
    var locate: ((inout Diagnostic) -> Void)?

    /// The commit step's word on a converted row: keep it, or reject it with the diagnostics the
    /// closure adds to the row (read again from the file, so messages can quote its cells).
    enum Verdict {
        case accept
        case reject((inout RowReader<Column>) -> Void)
    }

    typealias Converter<Record> = (inout RowReader<Column>) -> Record?

    /// A chunk's converters. `plain`, when given, is tried first on every row with the header's
    /// number of fields, straight from its cells and with no `RowReader`: it returns a record only
    /// for a row the full checks would accept without a word, and nil for any other, which then
    /// goes through `full` (the one code path that names problems). A type, not a closure, so that
    /// the row loop calls it directly (a closure cost a retain and a release for every row).
    struct Converters<Record, Plain: PlainRows> where Plain.Record == Record {
        var plain: Plain?
        var full: Converter<Record>
    }

    func read<Record, Plain>(
        log: inout DiagnosticLog,
        concurrent: Bool = false,
        makeConverter: (TextEncoding, ResolvedHeader<Column>?) -> Converters<Record, Plain>,
        commit: ((Record, RecordPlace) -> Verdict)? = nil,
        sink: ((Record) -> Void)? = nil,
        sinkRuns: ((UnsafeBufferPointer<Record>) -> Void)? = nil
    ) throws -> (records: [Record], summary: FileSummary, rejects: FileRejects?) {
        let file = try MappedFile(path: path)
        return read(file.bytes, log: &log, concurrent: concurrent, mapped: file, makeConverter: makeConverter,
                    commit: commit, sink: sink, sinkRuns: sinkRuns)
    }

    /// The table in `input` (a whole file's bytes, BOM included).
    /// Accepted records go to `sink` when given (straight into the caller's storage: a large file
    /// is not held twice), else into the returned array. With `concurrent`, `makeConverter` and the
    /// converters it makes run on several threads at once (one converter per chunk), while `commit`
    /// and `sink` run on one thread at a time, in file order.
    /// `sinkRuns`, given with `commit` and instead of `sink`, takes the accepted records a run at a
    /// time (a chunk's, cut at its rejected rows), in file order: for a sink that `commit` never
    /// reads back, it saves a call and a copy per record.
    func read<Record, Plain>(
        _ input: UnsafeRawBufferPointer,
        log: inout DiagnosticLog,
        concurrent: Bool = false,
        mapped: MappedFile? = nil,
        makeConverter: (TextEncoding, ResolvedHeader<Column>?) -> Converters<Record, Plain>,
        commit: ((Record, RecordPlace) -> Verdict)? = nil,
        sink: ((Record) -> Void)? = nil,
        sinkRuns: ((UnsafeBufferPointer<Record>) -> Void)? = nil
    ) -> (records: [Record], summary: FileSummary, rejects: FileRejects?) {
        precondition(sinkRuns == nil || (sink == nil && commit != nil), "runs go to a sink of their own, after a commit step")
        var summary = FileSummary(file: displayName, table: table)
        var bytes = input
        let bom = TextEncoding.hasUTF8BOM(bytes)
        if bom { bytes = UnsafeRawBufferPointer(rebasing: bytes[3...]) }
        let bomBytes = bom ? 3 : 0
        // A mapped file's pages are dropped once scanned or committed, and its cuts found by `pread`.
        // (Ranges and offsets here are in `bytes`, after any BOM.)
        let release = mapped.map { file in { (r: Range<Int>) in file.release((r.lowerBound + bomBytes)..<(r.upperBound + bomBytes)) } }
        let lineEnd = mapped.map { file in { (p: Int) in file.lineEnd(from: p + bomBytes) - bomBytes } }
        // Chunks are read into memory of their own rather than through the mapping (see `MappedFile.copy`).
        let copy = mapped.map { file in
            { (r: Range<Int>, to: UnsafeMutableRawPointer) in file.copy((r.lowerBound + bomBytes)..<(r.upperBound + bomBytes), to: to) }
        }

        // The header first, as raw cells (a header's bytes need no encoding to be found): then the
        // rows' chunks are known, and one pass over them finds both each chunk's first line and
        // whether the file is UTF-8, touching each page once instead of twice.
        var found: HeaderFound?
        var dataStart = bytes.count
        do {
            try CSVReader(limits: options.limits).read(bytes, onRecord: { record in
                found = .record((0..<record.count).map { Array(record[$0]) }, line: record.line,
                                bytes: Array(UnsafeRawBufferPointer(rebasing: bytes[record.byteRange])))
                dataStart = record.byteRange.upperBound
                throw HeaderRead()
            }, onError: { error in
                found = .broken(error)
                dataStart = error.byteRange.upperBound
                throw HeaderRead()
            })
        } catch {}

        // The rows, chunk by chunk.
        let chunks = concurrent ? ChunkPlan.split(bytes, from: dataStart, target: options.chunkBytes, lineEnd: lineEnd) : [dataStart..<bytes.count]
        let detect = options.encoding == nil && !bom
        let parallel = concurrent && chunks.count > 1 && options.workers > 1
        let renumber = parallel && recordsOmitLines
        let scan = ChunkPlan.scan(bytes, chunks: chunks, dataStart: dataStart, workers: concurrent ? options.workers : 1,
                                  validateUTF8: detect, countLines: !renumber, release: release, copy: copy)
        let firstLines = scan.firstLines
        // With `renumber`, the line the next chunk to commit starts on.
        var nextLine = 1 + ChunkPlan.lineEnds(bytes, 0..<min(dataStart, bytes.count))
        let (encoding, reason) = options.encoding.map { ($0, TextEncoding.Reason.option) }
            ?? (bom ? (.utf8BOM, .byteOrderMark) : scan.isUTF8 ? (.utf8, .validUTF8) : (.gb18030, .notUTF8))
        summary.encoding = encoding
        summary.encodingReason = reason
        var commitLog = CommitLog(summary: summary, log: log,
                                  rejects: options.collectRejects ? FileRejects(file: displayName, byteOrderMark: bom, header: [], rows: []) : nil,
                                  locate: locate)
        defer { log = commitLog.log }

        // The header: the first record, or the first broken one.
        let decoder = TextDecoder(encoding: encoding)
        var header: ResolvedHeader<Column>?
        var headerProblems: [Diagnostic] = []
        let sawHeader = found != nil
        switch found {
        case .record(let raw, let line, let recordBytes):
            commitLog.rejects?.header = recordBytes
            let cells = raw.map { cell in cell.withUnsafeBytes { decoder.decode($0) ?? String(decoding: $0, as: UTF8.self) } }
            header = ResolvedHeader<Column>.resolve(cells, file: displayName, line: line, report: {
                commitLog.note($0)
                headerProblems.append($0)
            })
        case .broken(let error):
            let d = error.diagnostic(file: displayName)
            commitLog.note(d)
            headerProblems.append(d)
        case nil:
            break
        }

        var records: [Record] = []
        let context = ChunkContext(bytes: bytes, header: header, headerProblems: headerProblems, encoding: encoding,
                                   file: displayName, options: options, copy: copy)
        let copies = copy != nil
        let queue = ChunkQueue<Record>(count: chunks.count)
        let mergeDecoder = TextDecoder(encoding: encoding)

        // Commits one chunk's rows in order; returns where to read again when the chunk ended inside a record.
        // A chunk parsed from line 1, in the file's terms: read again at its first line when it has
        // anything to say, else only its places and open record are moved.
        func renumbered(_ i: Int, _ chunk: ChunkResult<Record>, _ make: (TextEncoding, ResolvedHeader<Column>?) -> Converters<Record, Plain>) -> ChunkResult<Record> {
            let start = nextLine
            var c = chunk
            if !c.diagnostics.isEmpty || !c.rejects.isEmpty || c.rejected > 0 {
                c = context.parse(chunks[i], line: start, final: i == chunks.count - 1, make(encoding, context.header))
            } else {
                c.lineShift = start - 1
                if let open = c.open { c.open = (open.offset, open.line + start - 1) }
            }
            nextLine = start + c.lineEnds
            return c
        }

        func merge(_ chunk: ChunkResult<Record>, last: Bool) -> (offset: Int, line: Int)? {
            commitLog.summary.rowsRead += chunk.rowsRead
            commitLog.summary.rejected += chunk.rejected
            if chunk.skipped.count > 0 { commitLog.summary.skippedRows.add(chunk.skipped) }
            var nextDiagnostic = 0, nextReject = 0
            func flush(through line: Int) {
                while nextDiagnostic < chunk.diagnostics.count && chunk.diagnostics[nextDiagnostic].line <= line {
                    commitLog.note(chunk.diagnostics[nextDiagnostic])
                    nextDiagnostic += 1
                }
                while nextReject < chunk.rejects.count && chunk.rejects[nextReject].line <= line {
                    commitLog.appendReject(chunk.rejects[nextReject])
                    nextReject += 1
                }
            }
            // The closures are unwrapped once per chunk, not once per record: this loop runs for
            // every row of the file on the committing thread.
            var accepted = 0
            chunk.records.withUnsafeBufferPointer { rows in
                chunk.places.withUnsafeBufferPointer { places in
                    switch (commit, sink) {
                    case (nil, let sink?):
                        for record in rows { sink(record) }
                        accepted += rows.count
                    case (nil, nil):
                        records.append(contentsOf: rows)
                        accepted += rows.count
                    case (let commit?, let sink):
                        // A sink bound here, outside the loop: binding it per record cost a retain and a release.
                        let keep = sink ?? { records.append($0) }
                        let shift = chunk.lineShift
                        var runStart = 0                            // accepted records not yet handed to `sinkRuns`
                        for k in rows.indices {
                            let record = rows[k]
                            let place = shift == 0 ? places[k] : RecordPlace(line: places[k].line + shift, range: places[k].range)
                            if case .reject(let describe) = commit(record, place) {
                                if let sinkRuns, runStart < k { sinkRuns(UnsafeBufferPointer(rebasing: rows[runStart..<k])) }
                                runStart = k + 1
                                flush(through: place.line)
                                let diagnostics = context.recheck(place, decoder: mergeDecoder, describe)
                                for d in diagnostics { commitLog.note(d) }
                                commitLog.summary.rejected += 1
                                commitLog.reject(place.range, line: place.line, bytes: bytes, diagnostics)
                                continue
                            }
                            if sinkRuns == nil { keep(record) }
                            accepted += 1
                        }
                        if let sinkRuns, runStart < rows.count { sinkRuns(UnsafeBufferPointer(rebasing: rows[runStart...])) }
                    }
                }
            }
            commitLog.summary.accepted += accepted
            flush(through: .max)
            return last ? nil : chunk.open
        }

        if chunks.count == 1 || options.workers < 2 || !concurrent {
            // One thread: parse and commit each chunk in turn.
            var restart: (offset: Int, line: Int)?
            for (i, range) in chunks.enumerated() {
                let converter = makeConverter(encoding, context.header)
                let chunk = context.parse(range, line: firstLines[i], final: i == chunks.count - 1, converter)
                if !copies { release?(range) }               // (a chunk read from a copy left the mapping untouched)
                restart = merge(chunk, last: i == chunks.count - 1)
                if restart != nil { break }
            }
            if let restart {
                let chunk = context.parse(restart.offset..<bytes.count, line: restart.line, final: true, makeConverter(encoding, context.header))
                _ = merge(chunk, last: true)
            }
        } else {
            // Workers take chunks in order; whoever finishes the next chunk due commits it (and any
            // finished after it), one committer at a time, outside the queue's lock.
            withoutActuallyEscaping(makeConverter) { makeConverter in
                let shared = UncheckedBox((makeConverter, merge, release, renumbered))
                DispatchQueue.concurrentPerform(iterations: min(options.workers, chunks.count)) { _ in
                    let (makeConverter, merge, release, renumbered) = shared.value
                    while let i = queue.take() {
                        let chunk = context.parse(chunks[i], line: renumber ? 1 : firstLines[i], final: i == chunks.count - 1,
                                                  makeConverter(encoding, context.header))
                        if !copies { release?(chunks[i]) }
                        queue.finish(i, chunk) { i, chunk in
                            merge(renumber ? renumbered(i, chunk, makeConverter) : chunk, i == chunks.count - 1)
                        }
                    }
                }
            }
            if let restart = queue.restart {
                let chunk = context.parse(restart.offset..<bytes.count, line: restart.line, final: true, makeConverter(encoding, context.header))
                _ = merge(chunk, last: true)
            }
        }

        if commitLog.summary.skippedRows.totals > 0, let header {
            for d in TotalRowCheck(header: header, file: displayName).check(bytes, decoder: TextDecoder(encoding: encoding), limits: options.limits) {
                commitLog.note(d)
            }
        }
        if sawHeader && commitLog.summary.rowsRead == 0 && header != nil {
            commitLog.note(Diagnostic(file: displayName, line: 1, column: 0, severity: .warning,
                                      message: "the file has a header but no data rows"))
        }
        if !sawHeader {
            commitLog.note(Diagnostic(file: displayName, line: 1, column: 0, severity: .error,
                                      message: "the file is empty; a header row is required",
                                      expected: "a header naming " + Column.allCases.filter(\.isRequired).map(\.displayName).joined(separator: ", ")))
        }
        if commitLog.rejects?.rows.isEmpty == true { commitLog.rejects = nil }
        return (records, commitLog.summary, commitLog.rejects)
    }
}

private struct HeaderRead: Error {}

/// The first record of a file as raw cells (decoded once the encoding is known), or the first broken one.
private enum HeaderFound {
    case record([[UInt8]], line: Int, bytes: [UInt8])
    case broken(CSVSyntaxError)
}

/// What the commit step accumulates for a file: its summary, the run's log, the rejected rows.
private struct CommitLog {
    var summary: FileSummary
    var log: DiagnosticLog
    var rejects: FileRejects?
    let locate: ((inout Diagnostic) -> Void)?

    mutating func note(_ given: Diagnostic) {
        var d = given
        locate?(&d)
        switch d.severity {
        case .error: summary.errors += 1
        case .warning: summary.warnings += 1
        case .note: break
        }
        log.add(d)
    }

    mutating func reject(_ range: Range<Int>, line: Int, bytes: UnsafeRawBufferPointer, _ diagnostics: [Diagnostic]) {
        guard rejects != nil else { return }
        appendReject(RejectedRow(line: line, range, of: bytes, diagnostics))
    }

    mutating func appendReject(_ row: RejectedRow) {
        guard rejects != nil else { return }
        var row = row
        if let locate {
            var place = Diagnostic(file: "", line: row.line, column: 0, severity: .error, message: "")
            locate(&place)
            row.line = place.line
            row.diagnostics = row.diagnostics.map { var d = $0; locate(&d); return d }
        }
        rejects!.rows.append(row)
    }
}

/// What reads a table's plain rows straight from their cells (see `TableReader.Converters`).
protocol PlainRows<Record>: SendableMetatype {
    associatedtype Record
    /// The row's record, or nil when the full checks have to look at it.
    func read(_ record: CSVRecord) -> Record?
}

/// The plain-row reader of a table that has none: every row goes through the full checks.
struct NoPlainRows<Record>: PlainRows {
    func read(_ record: CSVRecord) -> Record? { nil }
}

extension TableReader.Converters where Plain == NoPlainRows<Record> {
    /// Converters that take every row through the full checks.
    init(full: @escaping TableReader.Converter<Record>) {
        self.init(plain: nil, full: full)
    }
}

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
    var open: (offset: Int, line: Int)?
    /// Line ends the chunk went past.
    var lineEnds = 0
    /// What to add to the lines of `places` (a chunk parsed from line 1 and renumbered).
    var lineShift = 0
}

/// Where a record stands in its file, for a second look at a row the commit step rejects.
struct RecordPlace {
    var line: Int
    var range: Range<Int>
}

/// What every chunk of one file shares, read-only.
private struct ChunkContext<Column: TableColumn>: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let header: ResolvedHeader<Column>?
    let headerProblems: [Diagnostic]
    let encoding: TextEncoding
    let file: String
    let options: IngestOptions
    /// Copies a range of `bytes` to other memory (a mapped file's chunks are parsed from a copy); nil
    /// for bytes already in memory.
    let copy: ChunkPlan.Copy?

    /// Parses and converts the rows in `range`, which starts at a record boundary on `line`.
    func parse<Record, Plain>(_ range: Range<Int>, line: Int, final: Bool,
                              _ converters: TableReader<Column>.Converters<Record, Plain>) -> ChunkResult<Record> {
        let source = ChunkBytes(range, of: bytes, copy: copy)
        defer { source.free() }
        var c = ChunkResult<Record>()
        // Room for the rows a chunk of this size holds (rarely under 64 bytes each): grown by
        // doubling, the arrays were copied a dozen times per chunk.
        c.records.reserveCapacity(range.count / 64)
        c.places.reserveCapacity(range.count / 64)
        let decoder = TextDecoder(encoding: encoding)
        let rowContext = header.map { RowContext(header: $0, decoder: decoder, file: file, caches: ParseCaches()) }
        let collect = options.collectRejects
        let bytes = self.bytes
        func reject(_ range: Range<Int>, line: Int, _ diagnostics: [Diagnostic]) {
            c.rejected += 1
            guard collect else { return }
            c.rejects.append(RejectedRow(line: line, range, of: bytes, diagnostics))
        }
        let fieldCount = header?.fieldCount ?? -1
        // Rows of an office return that are no data: recognised only among rows the plain reader
        // did not take, so a clean file pays nothing for it.
        func skip(_ record: CSVRecord) -> Bool {
            switch NonDataRow.classify(record, decode: decoder.decode) {
            case nil: return false
            case .blank?: c.skipped.blank += 1
            case .total?: c.skipped.totals += 1
            case .footer?: c.skipped.footer += 1
            }
            return true
        }
        let convert = converters.full
        let plain = converters.plain
        let reader = CSVReader(limits: options.limits)
        reader.read(source.bytes, startLine: line, offset: range.lowerBound, final: final,
                    onRecord: { record in
            c.rowsRead += 1
            // (The header is not bound here: a copy of it per row would cost its arrays' reference counts.)
            guard fieldCount >= 0 else {                                      // no header (then no row context)
                reject(record.byteRange, line: record.line, headerProblems)   // reported once, on the header
                return
            }
            if record.count != fieldCount {
                if skip(record) { return }
                let d = Diagnostic(file: file, line: record.line, column: min(record.count, fieldCount) + 1,
                                   severity: .error,
                                   message: "row has \(record.count) fields but the header has \(fieldCount); an unquoted comma in a value shifts every column after it",
                                   expected: "\(fieldCount) fields; quote values that contain commas")
                c.diagnostics.append(d)
                reject(record.byteRange, line: record.line, [d])
                return
            }
            if let plain, let converted = plain.read(record) {
                c.records.append(converted)
                c.places.append(RecordPlace(line: record.line, range: record.byteRange))
                return
            }
            // Bound only here: binding it above cost the plain rows a retain and a release each.
            guard let rowContext else { preconditionFailure("a header (fieldCount ≥ 0) always has a row context") }
            var row = RowReader<Column>(record: record, context: rowContext)
            let converted = convert(&row)
            // A row the checks refuse may be no data at all (合计, a footer, a blank row): looked at
            // only then, so rows that read cleanly pay nothing for it.
            if converted == nil || row.hasError, skip(record) { return }
            if !row.diagnostics.isEmpty { c.diagnostics.append(contentsOf: row.diagnostics) }
            if let converted, !row.hasError {
                c.records.append(converted)
                c.places.append(RecordPlace(line: record.line, range: record.byteRange))
            } else {
                var diagnostics = row.diagnostics
                if !row.hasError {
                    let d = Diagnostic(file: file, line: record.line, column: 0, severity: .error, message: "row rejected")
                    c.diagnostics.append(d)
                    diagnostics.append(d)
                }
                reject(record.byteRange, line: record.line, diagnostics)
            }
        }, onError: { error in
            let d = error.diagnostic(file: file)
            c.diagnostics.append(d)
            c.rowsRead += 1
            reject(error.byteRange, line: error.recordLine, [d])
        })
        c.open = reader.openRecord
        c.lineEnds = reader.endLine - line
        return c
    }

    /// Reads one accepted record again and lets the commit step describe why it is rejected after all.
    func recheck(_ place: RecordPlace, decoder: TextDecoder,
                 _ describe: (inout RowReader<Column>) -> Void) -> [Diagnostic] {
        guard let header else { return [] }
        var diagnostics: [Diagnostic] = []
        CSVReader(limits: options.limits).read(UnsafeRawBufferPointer(rebasing: bytes[place.range]), startLine: place.line,
                                               offset: place.range.lowerBound, onRecord: { record in
            guard diagnostics.isEmpty else { return }
            var row = RowReader<Column>(record: record, header: header, decoder: decoder, file: file, caches: ParseCaches())
            describe(&row)
            diagnostics = row.diagnostics
        }, onError: { _ in })
        return diagnostics
    }
}

/// Hands chunk numbers to workers in order and collects their results for in-order commits.
private final class ChunkQueue<Record>: @unchecked Sendable {
    private let lock = NSCondition()
    /// Chunks taken but not yet committed, at most: parsing may not run further ahead of committing
    /// than this, or the converted rows of a slow commit would pile up in memory.
    private let maxAhead = 4
    private var next = 0
    private let count: Int
    private var done: [Int: ChunkResult<Record>] = [:]
    private var nextToCommit = 0
    private var committing = false
    private var stopped = false
    /// Where to read again in one piece, when a chunk ended inside a record.
    private(set) var restart: (offset: Int, line: Int)?

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        while !stopped, next < count, next - nextToCommit >= maxAhead { lock.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Files chunk `i`'s result; commits every chunk now due unless another thread is doing so.
    func finish(_ i: Int, _ result: ChunkResult<Record>,
                commit: (Int, ChunkResult<Record>) -> (offset: Int, line: Int)?) {
        lock.lock()
        if stopped { lock.unlock(); return }
        done[i] = result
        guard !committing else { lock.unlock(); return }
        committing = true
        while !stopped, let due = done.removeValue(forKey: nextToCommit) {
            let number = nextToCommit
            lock.unlock()
            let reopen = commit(number, due)
            lock.lock()
            nextToCommit += 1
            lock.broadcast()
            if let reopen {
                // The cut fell inside a quoted field: later chunks began mid-record. Read the rest in one piece.
                restart = reopen
                stopped = true
                done.removeAll()
            }
        }
        committing = false
        lock.unlock()
    }
}

/// A value handed to worker threads that the code around it keeps from being used by two at once.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension RejectedRow {
    /// The row's bytes as written and the errors among its diagnostics.
    init(line: Int, _ range: Range<Int>, of bytes: UnsafeRawBufferPointer, _ diagnostics: [Diagnostic]) {
        self.init(line: line, bytes: Array(UnsafeRawBufferPointer(rebasing: bytes[range])),
                  diagnostics: diagnostics.filter { $0.severity == .error })
    }
}

extension CSVSyntaxError {
    /// The diagnostic for a broken record. An unclosed quote is noticed at the end of the file;
    /// the place to fix it is where it opened.
    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(file: file, line: kind == .unterminatedQuote ? recordLine : line, column: column, severity: .error,
                   message: message, expected: expected)
    }

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
