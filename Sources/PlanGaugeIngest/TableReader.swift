import PlanGaugeModel
import PlanGaugeRecords

/// Reads one CSV file as one dataset table: encoding, libcsv, header, then each row through a
/// converter (`RowConverters`) and the commit step (`RecordSink`).
///
/// A row is accepted only when its converter returns a record, logged no error, and the sink's
/// verdict keeps it. Every record libcsv reports, broken ones included, is counted.
///
/// Large tables are read in parallel (`concurrent`): the rows are cut into chunks at line ends,
/// each chunk is parsed by its own libcsv parser and converted on any core, and the chunks are
/// committed strictly in file order (`ChunkedRead`), so diagnostics, rejects and records come out
/// exactly as a single pass would give them.
struct TableReader<Column: TableColumn> {
    let path: String
    let displayName: String
    let table: String
    let options: IngestOptions
    /// The records keep no line numbers (the revenue facts gathered into panels), so the chunks read
    /// in parallel need not be numbered beforehand: each is parsed from line 1, and put in the file's
    /// terms as it is committed (see `TableCommit`). No pass counts line ends first.
    var recordsOmitLines = false
    /// Puts a message in the file's own terms, when the bytes read are not the file itself (an
    /// office file made plain by `OfficeTable`: its lines are the file's lines or sheet rows).
    var locate: ((inout Diagnostic) -> Void)?

    /// What a read gives back: the sink with the accepted records, the file's accounting, its rejects.
    struct Outcome<Sink> {
        var sink: Sink
        var summary: FileSummary
        var rejects: FileRejects?
    }

    /// The table in `input`. With `concurrent`, `makeConverters` and the converters it makes run on
    /// several threads at once (one converter per chunk), while the sink runs on one thread at a
    /// time, in file order.
    func read<Sink: RecordSink, Plain>(
        _ input: TableBytes, log: inout DiagnosticLog, concurrent: Bool = false,
        makeConverters: @escaping MakeConverters<Column, Sink.Record, Plain>, into sink: consuming Sink
    ) -> Outcome<Sink> where Sink.Column == Column {
        let (found, dataStart) = FirstRecord.find(in: input, limits: options.limits)
        let chunks =
            concurrent
            ? ChunkPlan.split(input, from: dataStart, target: options.chunkBytes)
            : [dataStart..<input.count]
        let renumber = recordsOmitLines && chunks.count > 1 && options.workers > 1
        let scan = scanned(
            input, chunks: chunks, dataStart: dataStart, workers: concurrent ? options.workers : 1,
            countLines: !renumber)
        var commitLog = CommitLog(
            summary: scan.summary, log: log,
            rejects: options.collectRejects
                ? FileRejects(file: displayName, byteOrderMark: input.hasBOM, header: [], rows: []) : nil,
            locate: locate)
        let header = resolveHeader(found, encoding: scan.encoding, into: &commitLog)
        let rows = ChunkRows(
            input: input, header: header.resolved, headerProblems: header.problems, encoding: scan.encoding,
            file: displayName, options: options)
        let commit = TableCommit(
            rows: rows, chunks: chunks, makeConverters: makeConverters, sink: sink, log: commitLog,
            renumberFrom: renumber ? 1 + input.lineEnds(before: dataStart) : nil)
        ChunkedRead(
            input: input, chunks: chunks, firstLines: renumber ? nil : scan.firstLines,
            workers: concurrent ? options.workers : 1, copies: input.copiesChunks
        )
        .run(parse: { commit.parse($0, line: $1, final: $2) }, commit: { commit.commit($0, $1, last: $2) })
        var done = commit.log
        finish(&done, sawHeader: found != nil, header: header.resolved, input: input, encoding: scan.encoding)
        log = done.log
        return Outcome(sink: commit.sink, summary: done.summary, rejects: done.rejects)
    }

    /// One pass over the rows' chunks finds both each chunk's first line and whether the file is
    /// UTF-8, touching each page once instead of twice; it decides the encoding.
    private func scanned(_ input: TableBytes, chunks: [Range<Int>], dataStart: Int, workers: Int, countLines: Bool)
        -> (summary: FileSummary, encoding: TextEncoding, firstLines: [Int])
    {
        let detect = options.encoding == nil && !input.hasBOM
        let scan = ChunkPlan.scan(
            input, chunks: chunks, dataStart: dataStart, workers: workers, validateUTF8: detect, countLines: countLines)
        let (encoding, reason) =
            options.encoding.map { ($0, TextEncoding.Reason.option) }
            ?? (input.hasBOM ? (.utf8BOM, .byteOrderMark) : scan.isUTF8 ? (.utf8, .validUTF8) : (.gb18030, .notUTF8))
        var summary = FileSummary(file: displayName, table: table)
        summary.encoding = encoding
        summary.encodingReason = reason
        return (summary, encoding, scan.firstLines)
    }

    /// The header: the first record, or the first broken one.
    private func resolveHeader(_ found: FirstRecord?, encoding: TextEncoding, into commitLog: inout CommitLog)
        -> (resolved: ResolvedHeader<Column>?, problems: [Diagnostic])
    {
        var problems: [Diagnostic] = []
        switch found {
        case .record(let raw, let line, let recordBytes)?:
            commitLog.rejects?.header = recordBytes
            let decoder = TextDecoder(encoding: encoding)
            let cells = raw.map { decoder.decode($0) ?? String(decoding: $0, as: UTF8.self) }
            let resolved = ResolvedHeader<Column>.resolve(
                cells, file: displayName, line: line,
                report: {
                    commitLog.note($0)
                    problems.append($0)
                })
            return (resolved, problems)
        case .broken(let error)?:
            let d = error.diagnostic(file: displayName)
            commitLog.note(d)
            return (nil, [d])
        case nil:
            return (nil, [])
        }
    }

    /// What is said about the file as a whole once its rows are read.
    private func finish(
        _ done: inout CommitLog, sawHeader: Bool, header: ResolvedHeader<Column>?, input: TableBytes,
        encoding: TextEncoding
    ) {
        if done.summary.skippedRows.totals > 0, let header {
            for d in TotalRowCheck(header: header, file: displayName).check(
                input, decoder: TextDecoder(encoding: encoding), limits: options.limits)
            {
                done.note(d)
            }
        }
        if sawHeader && done.summary.rowsRead == 0 && header != nil {
            done.note(
                Diagnostic(
                    file: displayName, line: 1, column: 0, severity: .warning,
                    message: "the file has a header but no data rows"))
        }
        if !sawHeader {
            done.note(
                Diagnostic(
                    file: displayName, line: 1, column: 0, severity: .error,
                    message: "the file is empty; a header row is required",
                    expected: "a header naming "
                        + Column.allCases.filter(\.isRequired).map(\.displayName).joined(separator: ", ")))
        }
        if done.rejects?.rows.isEmpty == true { done.rejects = nil }
    }
}
