/// One input's bytes as a table reader sees them: after any UTF-8 byte-order mark, with the mapped
/// file's paging helpers in the same terms (every range and offset here is in `bytes`).
///
/// Invariant: `bytes` stays valid for the value's life (the `MappedFile` it came from, or the
/// caller's buffer, outlives the read), and nothing writes to it; so copies may be read from any
/// thread at once.
package struct TableBytes: @unchecked Sendable {
    package let bytes: UnsafeRawBufferPointer
    /// Whether the input began with a UTF-8 byte-order mark (then `bytes` starts after it).
    package let hasBOM: Bool
    private let file: MappedFile?
    private var bomBytes: Int { hasBOM ? 3 : 0 }

    /// The table in `input` (a whole file's bytes, BOM included); `mapped` is the file they map, if any.
    package init(_ input: UnsafeRawBufferPointer, mapped: MappedFile?) {
        hasBOM = TextEncoding.hasUTF8BOM(input)
        bytes = hasBOM ? UnsafeRawBufferPointer(rebasing: input[3...]) : input
        file = mapped
        assert(mapped.map { $0.bytes.baseAddress == input.baseAddress } ?? true, "mapped is the file input maps")
    }

    package var count: Int { bytes.count }

    /// Drops a mapped file's pages in `range` once read (nothing for bytes already in memory).
    package func release(_ range: Range<Int>) {
        file?.release(shifted(range))
    }

    /// Finds the offset just after the first line feed at or after `p` without touching the mapping.
    package var lineEnd: ((Int) -> Int)? {
        guard let file else { return nil }
        let bom = bomBytes
        return { p in file.lineEnd(from: p + bom) - bom }
    }

    /// Copies a range to other memory (a mapped file's chunks are parsed from a copy); nil for bytes
    /// already in memory.
    package var copy: ChunkPlan.Copy? {
        guard let file else { return nil }
        let bom = bomBytes
        return { r, to in file.copy((r.lowerBound + bom)..<(r.upperBound + bom), to: to) }
    }

    /// The bytes in `range`, copied out (a rejected row as written).
    package func array(_ range: Range<Int>) -> [UInt8] {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a range inside the input")
        return Array(UnsafeRawBufferPointer(rebasing: bytes[range]))
    }

    /// Line ends (LF, CR or CRLF) before `offset`.
    package func lineEnds(before offset: Int) -> Int {
        ChunkPlan.lineEnds(bytes, 0..<min(offset, bytes.count))
    }

    /// Reads the records in `range` with libcsv, as `CSVReader.read(_:startLine:offset:final:…)` does.
    /// The range starts at a record boundary on `line`; the reader is returned for its open record
    /// and the line it ended on.
    package func readRecords(
        _ range: Range<Int>, line: Int, final: Bool, limits: RecordLimits, copy: Bool,
        onRecord: (CSVRecord) -> Void, onError: (CSVSyntaxError) -> Void
    ) -> CSVReader {
        let source = ChunkBytes(range, of: bytes, copy: copy ? self.copy : nil)
        defer { source.free() }
        let reader = CSVReader(limits: limits)
        reader.read(
            source.bytes, startLine: line, offset: range.lowerBound, final: final, onRecord: onRecord, onError: onError)
        return reader
    }

    /// `readRecords`, with a state the callbacks change through an `inout` parameter: the state's
    /// accesses are then checked when compiled, where a variable the closures captured would be
    /// checked at run time on every record.
    package func readRecords<State>(
        _ range: Range<Int>, line: Int, final: Bool, limits: RecordLimits, copy: Bool, into state: inout State,
        onRecord: (CSVRecord, inout State) -> Void, onError: (CSVSyntaxError, inout State) -> Void
    ) -> CSVReader {
        readRecords(
            range, line: line, final: final, limits: limits, copy: copy, onRecord: { onRecord($0, &state) },
            onError: { onError($0, &state) })
    }

    private func shifted(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + bomBytes)..<(r.upperBound + bomBytes) }
}
