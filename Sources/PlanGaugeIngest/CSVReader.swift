import CLibCSV

/// Streams CSV bytes through libcsv (strict mode) and hands out one `CSVRecord` at a time.
///
/// libcsv knows nothing of lines, so the reader feeds it one physical line at a time (a line ends
/// at LF, CR or CRLF, as libcsv's own row terminators do) and so always knows on which line a
/// record starts and where a parse error happened. After an error it drops the broken record, skips
/// to the next line and starts afresh, so one bad quote costs one record, not the file.
public final class CSVReader {
    public struct Limits: Sendable {
        /// Largest field, in bytes.
        public var maxFieldBytes: Int
        /// Most fields in one record.
        public var maxFields: Int
        /// Largest record, in bytes (many fields just under the field limit still have to fit).
        public var maxRecordBytes: Int
        public init(maxFieldBytes: Int = 1 << 20, maxFields: Int = 4096, maxRecordBytes: Int = 8 << 20) {
            self.maxFieldBytes = maxFieldBytes
            self.maxFields = maxFields
            self.maxRecordBytes = max(maxRecordBytes, maxFieldBytes)
        }
    }

    private var parser = csv_parser()
    private let limits: Limits
    // The record being assembled: all field bytes back to back, and where each field ends.
    private var fieldBytes: [UInt8] = []
    private var fieldEnds: [Int] = []
    private var recordLine = 1
    /// Byte offset where the current record starts, where the current line starts, and where
    /// the piece being parsed ends (the record's end when libcsv completes it there).
    private var recordStart = 0
    private var lineStart = 0
    private var segmentEnd = 0
    private var inRecord = false
    private var overflow: String?
    private var completed = false

    public init(limits: Limits = Limits()) {
        self.limits = limits
        fieldBytes.reserveCapacity(4096)
        fieldEnds.reserveCapacity(64)
        Self.initialise(&parser)
    }

    deinit { csv_free(&parser) }

    private static func initialise(_ p: inout csv_parser) {
        // CSV_STRICT: a stray quote is an error, not data. CSV_STRICT_FINI: an open quote at EOF is one.
        let rc = csv_init(&p, UInt8(CSV_STRICT | CSV_STRICT_FINI))
        precondition(rc == 0, "libcsv could not allocate its parser")
    }

    /// Bytes handed to libcsv at once: a line longer than this is fed in pieces, so a hostile
    /// file without line ends cannot make libcsv buffer more than the limits allow.
    static let chunk = 1 << 16

    /// Parses all of `data`, calling `onRecord` for each record and `onError` for each broken one.
    /// Returns the number of records seen, broken ones included.
    @discardableResult
    public func read(
        _ data: UnsafeRawBufferPointer,
        onRecord: (CSVRecord) throws -> Void,
        onError: (CSVSyntaxError) throws -> Void
    ) rethrows -> Int {
        var records = 0
        var line = 1
        var pos = 0
        let count = data.count
        guard let base = data.baseAddress else { return 0 }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let maxRecordBytes = limits.maxRecordBytes

        // Called by libcsv's callbacks through `self`; the closures never escape this call.
        return try withoutActuallyEscaping(onRecord) { onRecord in
            var pendingError: Error?
            let sink = RecordSink(onRecord: { [unowned self] in
                records += 1
                do {
                    try self.emit(onRecord)
                } catch { pendingError = error }
            })
            let context = Unmanaged.passRetained(Context(reader: self, sink: sink))
            defer { context.release() }
            let ctx = context.toOpaque()

            func fail(_ kind: CSVSyntaxError.Kind, column: Int, through end: Int) throws {
                records += 1
                var e = CSVSyntaxError(kind: kind, recordLine: recordLine, line: line, column: column)
                e.byteRange = recordStart..<end
                try onError(e)
                reset()
            }

            while pos < count {
                // One physical line (up to and including LF, CR or CRLF), or a piece of a long one.
                var end = pos
                let limit = min(count, pos + Self.chunk)
                while end < limit && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
                var endsLine = false
                if end < count && end < limit {
                    end += (bytes[end] == 0x0D && end + 1 < count && bytes[end + 1] == 0x0A) ? 2 : 1
                    endsLine = true
                } else if end == count {
                    endsLine = true
                }
                if parser.pstate == 0 && !inRecord {                 // ROW_NOT_BEGUN: a record starts here
                    recordLine = line
                    recordStart = pos
                }
                inRecord = true
                segmentEnd = end
                let consumed = csv_parse(&parser, base + pos, end - pos, fieldCallback, rowCallback, ctx)
                if let e = pendingError { throw e }
                if parser.pstate == 0 { inRecord = false }
                // Skips the rest of the physical line: a broken record's line is not parsed again.
                func restOfLine() -> Int {
                    guard !endsLine else { return end }
                    var e = end
                    while e < count && bytes[e] != 0x0A && bytes[e] != 0x0D { e += 1 }
                    if e < count { e += (bytes[e] == 0x0D && e + 1 < count && bytes[e + 1] == 0x0A) ? 2 : 1 }
                    return e
                }
                // A field still open past the limit, or a record past its limit: stop feeding libcsv at
                // once, so memory stays bounded whatever the file holds.
                let openField = parser.entry_pos > limits.maxFieldBytes
                if inRecord && (openField || end - recordStart > maxRecordBytes) {
                    let lineEnd = restOfLine()
                    let what = openField ? "a field of more than \(limits.maxFieldBytes) bytes exceeds the limit of \(limits.maxFieldBytes)"
                                         : "a record of more than \(maxRecordBytes) bytes exceeds the limit of \(maxRecordBytes)"
                    try fail(.tooLarge(what), column: 1, through: lineEnd)
                    inRecord = false
                    end = lineEnd
                    endsLine = true
                } else if let what = overflow, !inRecord {
                    // A field too large or too many fields: reported once the record has ended,
                    // so the lines inside its quoted fields are not taken for records.
                    try fail(.tooLarge(what), column: 1, through: end)
                } else if consumed < end - pos {
                    let kind: CSVSyntaxError.Kind = csv_error(&parser) == CSV_EPARSE
                        ? .malformedQuote : .other(String(cString: csv_strerror(csv_error(&parser))))
                    // Skip the rest of the line: the record is broken, the next line is a fresh start.
                    let lineEnd = restOfLine()
                    try fail(kind, column: pos - lineStart + consumed + 1, through: lineEnd)
                    inRecord = false
                    end = lineEnd
                    endsLine = true
                }
                pos = end
                if endsLine {
                    line += 1
                    lineStart = pos
                }
            }
            segmentEnd = count
            // A last record without a line end, or a quote never closed.
            if csv_fini(&parser, fieldCallback, rowCallback, ctx) != 0 {
                line = max(1, line - 1)
                try fail(.unterminatedQuote, column: 1, through: count)
            } else if let what = overflow {
                line = max(1, line - 1)
                try fail(.tooLarge(what), column: 1, through: count)
            }
            if let e = pendingError { throw e }
            return records
        }
    }

    private func reset() {
        csv_free(&parser)
        Self.initialise(&parser)
        fieldBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        overflow = nil
    }

    fileprivate func appendField(_ p: UnsafeMutableRawPointer?, _ n: Int) {
        guard overflow == nil else { return }
        if n > limits.maxFieldBytes {
            overflow = "a field of \(n) bytes exceeds the limit of \(limits.maxFieldBytes)"
            return
        }
        if fieldEnds.count >= limits.maxFields {
            overflow = "a record with more than \(limits.maxFields) fields"
            return
        }
        if fieldBytes.count + n > limits.maxRecordBytes {
            overflow = "a record of more than \(limits.maxRecordBytes) bytes exceeds the limit of \(limits.maxRecordBytes)"
            return
        }
        if let p, n > 0 {
            fieldBytes.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
        }
        fieldEnds.append(fieldBytes.count)
    }

    fileprivate func endRecord(_ sink: RecordSink) {
        if overflow != nil { return }            // reported by `read` after this line
        sink.onRecord()
        fieldBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
    }

    fileprivate func emit(_ onRecord: (CSVRecord) throws -> Void) throws {
        try fieldBytes.withUnsafeBytes { raw in
            try fieldEnds.withUnsafeBufferPointer { ends in
                try onRecord(CSVRecord(line: recordLine, byteRange: recordStart..<segmentEnd, bytes: raw, ends: ends))
            }
        }
    }
}

/// What libcsv's C callbacks reach through their `void *` argument.
private final class Context {
    unowned let reader: CSVReader
    let sink: RecordSink
    init(reader: CSVReader, sink: RecordSink) {
        self.reader = reader
        self.sink = sink
    }
}

private final class RecordSink {
    let onRecord: () -> Void
    init(onRecord: @escaping () -> Void) { self.onRecord = onRecord }
}

private func fieldCallback(_ field: UnsafeMutableRawPointer?, _ length: Int, _ data: UnsafeMutableRawPointer?) {
    let context = Unmanaged<Context>.fromOpaque(data!).takeUnretainedValue()
    context.reader.appendField(field, length)
}

private func rowCallback(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    let context = Unmanaged<Context>.fromOpaque(data!).takeUnretainedValue()
    context.reader.endRecord(context.sink)
}
