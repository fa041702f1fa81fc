import CLibCSV
import Foundation

/// Streams CSV bytes through libcsv (strict mode) and hands out one `CSVRecord` at a time.
///
/// libcsv knows nothing of lines, so the reader feeds it one physical line at a time (a line ends
/// at LF, CR or CRLF, as libcsv's own row terminators do) and so always knows on which line a
/// record starts and where a parse error happened. After an error it drops the broken record, skips
/// to the next line and starts afresh, so one bad quote costs one record, not the file.
package final class CSVReader {
    package typealias Limits = RecordLimits

    // libcsv's parser and the record being assembled live behind pointers: the C callbacks reach
    // them without a class or closure in between, and without Swift's per-access exclusivity checks.
    private let parser: UnsafeMutablePointer<csv_parser>
    private let state: UnsafeMutablePointer<RecordState>
    /// Renewed after each record: its cells' views are then stale (checked in debug builds).
    private let lease = Lease()
    private let limits: Limits
    private var recordLine = 1
    /// Byte offset where the current record starts, where the current line starts, and where
    /// the piece being parsed ends (the record's end when libcsv completes it there).
    private var recordStart = 0
    private var lineStart = 0
    private var segmentEnd = 0
    private var inRecord = false
    /// Where the piece being read starts in the whole input.
    private var offset = 0

    package init(limits: Limits = Limits()) {
        self.limits = limits
        parser = .allocate(capacity: 1)
        parser.initialize(to: csv_parser())
        state = .allocate(capacity: 1)
        state.initialize(to: RecordState(limits: limits))
        Self.initialise(parser)
    }

    deinit {
        csv_free(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        state.pointee.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    private static func initialise(_ p: UnsafeMutablePointer<csv_parser>) {
        // CSV_STRICT: a stray quote is an error, not data. CSV_STRICT_FINI: an open quote at EOF is one.
        let rc = csv_init(p, UInt8(CSV_STRICT | CSV_STRICT_FINI))
        precondition(rc == 0, "libcsv could not allocate its parser")
    }

    /// Bytes handed to libcsv at once: a line longer than this is fed in pieces, so a hostile
    /// file without line ends cannot make libcsv buffer more than the limits allow.
    package static let chunk = 1 << 16

    /// Where a record left open at the end of a non-final piece starts (offset and line): the piece
    /// was cut inside a quoted field, and the record has to be read again from there.
    package private(set) var openRecord: (offset: Int, line: Int)?

    /// The line the last `read` ended on: its `startLine` plus the line ends it went past.
    package private(set) var endLine = 1

    /// Parses all of `data`, calling `onRecord` for each record and `onError` for each broken one.
    /// Returns the number of records seen, broken ones included.
    ///
    /// `data` may be a piece of a larger input that starts at a record boundary: `startLine` and
    /// `offset` say where it stands (lines and byte ranges are reported in the whole input's terms),
    /// and a piece that is not `final` does not end the input, so a record still open at its end is
    /// not an error but `openRecord`.
    ///
    /// Long by design: one loop over libcsv's callbacks whose state (line, record start, error
    /// recovery) lives in local variables the nested steps share; split, that state would have to
    /// move into a type the hot loop reaches through a reference.
    @discardableResult
    package func read(
        _ data: UnsafeRawBufferPointer,
        startLine: Int = 1,
        offset: Int = 0,
        final: Bool = true,
        onRecord: (CSVRecord) throws -> Void,
        onError: (CSVSyntaxError) throws -> Void
    ) rethrows -> Int {
        var records = 0
        var line = startLine
        var pos = 0
        recordLine = startLine
        recordStart = 0
        lineStart = 0
        inRecord = false
        openRecord = nil
        let count = data.count
        guard let base = data.baseAddress else { return 0 }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let maxRecordBytes = limits.maxRecordBytes

        let ctx = UnsafeMutableRawPointer(state) + MemoryLayout<RecordState>.offset(of: \.record)!
        self.offset = offset
        // libcsv completes at most one record per piece (a piece ends at the first line end), so
        // the record is handed out after `csv_parse` returns.
        func emitCompleted() throws {
            guard state.pointee.completed else { return }
            state.pointee.completed = false
            guard state.pointee.overflow == nil else { return }  // reported by the caller after this line
            records += 1
            let record = CSVRecord(
                line: recordLine, byteRange: (offset + recordStart)..<(offset + segmentEnd),
                bytes: state.pointee.fieldBytes, ends: state.pointee.fieldEnds, lease: lease)
            defer {
                state.pointee.clear()
                #if DEBUG
                lease.renew()
                #endif
            }
            try onRecord(record)
        }
        func fail(_ kind: CSVSyntaxError.Kind, column: Int, through end: Int) throws {
            records += 1
            var e = CSVSyntaxError(kind: kind, recordLine: recordLine, line: line, column: column)
            e.byteRange = (offset + recordStart)..<(offset + end)
            try onError(e)
            reset()
        }

        while pos < count {
            // One physical line (up to and including LF, CR or CRLF), or a piece of a long one.
            // memchr finds the next LF many bytes at a time, and then whether a CR comes before
            // it: none (an LF line), or just before it (CRLF). Only a lone CR needs the byte loop.
            var end = pos
            let limit = min(count, pos + Self.chunk)
            let lf = memchr(base + pos, 0x0A, limit - pos).map { UnsafeRawPointer($0) - base } ?? limit
            let cr = memchr(base + pos, 0x0D, lf - pos).map { UnsafeRawPointer($0) - base }
            if cr == nil {
                end = lf
            } else if cr == lf - 1 && lf < limit {
                end = lf - 1  // the CR of a CRLF
            } else {
                while end < limit && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            }
            var endsLine = false
            if end < count && end < limit {
                end += (bytes[end] == 0x0D && end + 1 < count && bytes[end + 1] == 0x0A) ? 2 : 1
                endsLine = true
            } else if end == count {
                endsLine = true
            }
            if parser.pointee.pstate == 0 && !inRecord {  // ROW_NOT_BEGUN: a record starts here
                recordLine = line
                recordStart = pos
            }
            inRecord = true
            segmentEnd = end
            let consumed = csv_parse(parser, base + pos, end - pos, fieldCallback, rowCallback, ctx)
            try emitCompleted()
            if parser.pointee.pstate == 0 { inRecord = false }
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
            let openField = parser.pointee.entry_pos > limits.maxFieldBytes
            if inRecord && (openField || end - recordStart > maxRecordBytes) {
                let lineEnd = restOfLine()
                let what =
                    openField
                    ? "a field of more than \(limits.maxFieldBytes) bytes exceeds the limit of \(limits.maxFieldBytes)"
                    : "a record of more than \(maxRecordBytes) bytes exceeds the limit of \(maxRecordBytes)"
                try fail(.tooLarge(what), column: 1, through: lineEnd)
                inRecord = false
                end = lineEnd
                endsLine = true
            } else if let what = state.pointee.overflow?.message(limits), !inRecord {
                // A field too large or too many fields: reported once the record has ended,
                // so the lines inside its quoted fields are not taken for records.
                try fail(.tooLarge(what), column: 1, through: end)
            } else if consumed < end - pos {
                let kind: CSVSyntaxError.Kind =
                    csv_error(parser) == CSV_EPARSE
                    ? .malformedQuote : .other(String(cString: csv_strerror(csv_error(parser))))
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
        endLine = line
        guard final else {
            if inRecord || parser.pointee.pstate != 0 { openRecord = (offset + recordStart, recordLine) }
            return records
        }
        // A last record without a line end, or a quote never closed.
        if csv_fini(parser, fieldCallback, rowCallback, ctx) != 0 {
            line = max(1, line - 1)
            try fail(.unterminatedQuote, column: 1, through: count)
        } else {
            try emitCompleted()
            if let what = state.pointee.overflow?.message(limits) {
                line = max(1, line - 1)
                try fail(.tooLarge(what), column: 1, through: count)
            }
        }
        return records
    }

    private func reset() {
        csv_free(parser)
        Self.initialise(parser)
        state.pointee.clear()
        state.pointee.overflow = nil
        state.pointee.completed = false
    }
}

/// The record being assembled, as libcsv's callbacks (`pg_field`, `pg_row` in the C shim) fill it:
/// field bytes back to back and where each field ends, in buffers that grow up to the limits and are
/// reused for every record.
private struct RecordState {
    package enum Overflow {
        case field(Int)
        case fields
        case record

        func message(_ limits: CSVReader.Limits) -> String {
            switch self {
            case .field(let n): "a field of \(n) bytes exceeds the limit of \(limits.maxFieldBytes)"
            case .fields: "a record with more than \(limits.maxFields) fields"
            case .record:
                "a record of more than \(limits.maxRecordBytes) bytes exceeds the limit of \(limits.maxRecordBytes)"
            }
        }
    }

    package var record = pg_record()

    package init(limits: CSVReader.Limits) {
        let ok = pg_record_init(&record, limits.maxFieldBytes, limits.maxFields, limits.maxRecordBytes)
        precondition(ok != 0, "out of memory for a CSV record")
    }

    package mutating func release() { pg_record_free(&record) }

    package var fieldBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: record.bytes, count: record.byte_count)
    }
    package var fieldEnds: UnsafeBufferPointer<Int> {
        UnsafeBufferPointer(
            start: UnsafeRawPointer(record.ends).assumingMemoryBound(to: Int.self), count: record.end_count)
    }

    package mutating func clear() {
        record.byte_count = 0
        record.end_count = 0
    }

    package var completed: Bool {
        get { record.completed != 0 }
        set { record.completed = newValue ? 1 : 0 }
    }

    package var overflow: Overflow? {
        get {
            switch record.overflow {
            case 0: nil
            case 1: .field(record.overflow_size)
            case 2: .fields
            case 3: .record
            default: preconditionFailure("out of memory for a CSV record")
            }
        }
        set { precondition(newValue == nil); pg_record_clear_overflow(&record) }
    }
}

// libcsv's callbacks: the C shim's, which fill `RecordState.record` (their data pointer).
private let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = pg_field
private let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = pg_row
