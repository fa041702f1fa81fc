/// One CSV record as raw bytes: the fields of a row, valid only inside the callback that receives it.
///
/// Fields stay undecoded bytes so that the record can be handled without allocating a String per
/// cell; `TextDecoder` turns the ones a table needs into text. Public for inlining (see `ByteView`).
public struct CSVRecord {
    /// 1-based physical line on which the record starts (a quoted field may span lines).
    package let line: Int
    /// Where the record stands in the input, line ends included: its bytes exactly as written.
    package let byteRange: Range<Int>
    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline let ends: UnsafeBufferPointer<Int>
    #if DEBUG
    @usableFromInline let lease: Lease?
    #endif

    init(
        line: Int, byteRange: Range<Int>, bytes: UnsafeRawBufferPointer, ends: UnsafeBufferPointer<Int>,
        lease: Lease? = nil
    ) {
        self.line = line
        self.byteRange = byteRange
        self.bytes = bytes
        self.ends = ends
        #if DEBUG
        self.lease = lease
        #endif
    }

    /// How many fields.
    @inlinable public var count: Int { ends.count }

    /// The raw bytes of field `i` (0-based), or an empty buffer when the row is shorter.
    @inlinable @inline(__always)
    public subscript(i: Int) -> ByteView {
        guard i < ends.count else { return ByteView() }
        let start = i == 0 ? 0 : ends[i - 1]
        #if DEBUG
        return ByteView(UnsafeRawBufferPointer(rebasing: bytes[start..<ends[i]]), lease: lease)
        #else
        return ByteView(UnsafeRawBufferPointer(rebasing: bytes[start..<ends[i]]))
        #endif
    }
}
