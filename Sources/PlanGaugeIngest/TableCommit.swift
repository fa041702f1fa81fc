import PlanGaugeRecords

/// The commit step of a table read: takes each chunk's rows in file order, gives the sink its word
/// on each, and keeps the file's accounting, diagnostics and rejects (`CommitLog`).
final class TableCommit<Sink: RecordSink, Plain: PlainRows> where Plain.Record == Sink.Record {
    typealias Column = Sink.Column
    typealias Record = Sink.Record

    let rows: ChunkRows<Column>
    let chunks: [Range<Int>]
    let makeConverters: MakeConverters<Column, Record, Plain>
    // One committing thread touches them at a time (the chunked read runs one commit at a time).
    // `judge` takes them inout, so a chunk pays for one run-time exclusivity check, not every row.
    private(set) var sink: Sink
    private(set) var log: CommitLog
    /// When the chunks are parsed from line 1 (`ChunkedRead.firstLines` nil), the line the next chunk
    /// to commit starts on; nil when they are parsed at their true lines.
    private var nextLine: Int?
    private let decoder: TextDecoder

    init(
        rows: ChunkRows<Column>, chunks: [Range<Int>], makeConverters: @escaping MakeConverters<Column, Record, Plain>,
        sink: Sink, log: CommitLog, renumberFrom line: Int?
    ) {
        self.rows = rows
        self.chunks = chunks
        self.makeConverters = makeConverters
        self.sink = sink
        self.log = log
        nextLine = line
        decoder = TextDecoder(encoding: rows.encoding)
    }

    /// Parses one chunk (on any thread: reads only what no commit changes).
    func parse(_ range: Range<Int>, line: Int, final: Bool) -> ChunkResult<Record> {
        rows.parse(range, line: line, final: final, makeConverters(rows.encoding, rows.header))
    }

    /// Commits chunk `index` (in file order, one at a time); returns where to read again in one
    /// piece when the chunk ended inside a record.
    func commit(_ index: Int, _ parsed: ChunkResult<Record>, last: Bool) -> RecordStart? {
        // (The one-piece read after a cut inside a record is parsed at its true line.)
        let chunk = index < chunks.count ? renumbered(parsed, index) : parsed
        log.count(chunk)
        let accepted = Self.judge(chunk, rows: rows, decoder: decoder, sink: &sink, log: &log)
        log.summary.accepted += accepted
        log.flush(chunk, through: .max)
        return last ? nil : chunk.open
    }

    /// A chunk parsed from line 1, in the file's terms: read again at its first line when it has
    /// anything to say (so messages name the right lines), else only its places and open record move.
    private func renumbered(_ parsed: ChunkResult<Record>, _ index: Int) -> ChunkResult<Record> {
        guard let start = nextLine else { return parsed }
        var c = parsed
        if !c.diagnostics.isEmpty || !c.rejects.isEmpty || c.rejected > 0 {
            c = rows.parse(
                chunks[index], line: start, final: index == chunks.count - 1, makeConverters(rows.encoding, rows.header)
            )
        } else {
            c.lineShift = start - 1
            if let open = c.open { c.open = RecordStart(offset: open.offset, line: open.line + start - 1) }
        }
        nextLine = start + c.lineEnds
        return c
    }

    /// Hands the chunk's rows to the sink in order; returns how many it accepted.
    private static func judge(
        _ chunk: ChunkResult<Record>, rows: ChunkRows<Column>, decoder: TextDecoder, sink: inout Sink,
        log: inout CommitLog
    ) -> Int {
        let records = chunk.records
        var accepted = 0
        var runStart = 0  // accepted records not yet handed over as a run
        for k in records.indices {
            let place =
                chunk.lineShift == 0
                ? chunk.places[k]
                : RecordPlace(line: chunk.places[k].line + chunk.lineShift, range: chunk.places[k].range)
            let verdict = sink.verdict(on: records[k], at: place)
            if case .superseded = verdict {
                if Sink.takesRuns, runStart < k { sink.accept(run: records[runStart..<k]) }
                runStart = k + 1
                log.summary.skippedRows.superseded += 1
                continue
            }
            if case .reject(let describe) = verdict {
                if Sink.takesRuns, runStart < k { sink.accept(run: records[runStart..<k]) }
                runStart = k + 1
                log.flush(chunk, through: place.line)
                let diagnostics = rows.recheck(place, decoder: decoder, describe)
                for d in diagnostics { log.note(d) }
                log.summary.rejected += 1
                log.reject(
                    RejectedRow(
                        line: place.line, bytes: rows.input.array(place.range), diagnostics: diagnostics.errorsOnly))
                continue
            }
            if !Sink.takesRuns { sink.accept(records[k]) }
            accepted += 1
        }
        if Sink.takesRuns, runStart < records.count { sink.accept(run: records[runStart...]) }
        return accepted
    }
}
