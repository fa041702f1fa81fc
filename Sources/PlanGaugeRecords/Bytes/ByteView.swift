/// A read-only view of bytes that PlanGaugeRecords owns: a mapped file, a chunk's copy, libcsv's field
/// buffer. It is how bytes leave this module, so that the modules above read cells and files in safe
/// Swift (they are compiled with strict memory safety and never see a pointer).
///
/// Public (this module is no product, so only the package sees it) because the compiler inlines
/// `@inlinable` code across modules only for public declarations: as `package`, every byte read
/// was a call.
///
/// Invariants, both checked:
/// - every index is in bounds: `subscript` and `slice` trap on one that is not, in every build;
/// - a view is read only while the call that handed it out runs. A record's cells live in a buffer
///   the next record overwrites; in debug builds each view remembers the buffer's generation and
///   traps when read after the buffer moved on (`Lease`).
public struct ByteView: Sequence {
    @usableFromInline let raw: UnsafeRawBufferPointer
    #if DEBUG
    @usableFromInline let lease: Lease?
    @usableFromInline let generation: Int
    #endif

    /// A view of `raw`, valid while `lease` stays at its current generation (nil: for the whole call).
    @inlinable
    init(_ raw: UnsafeRawBufferPointer, lease: Lease? = nil) {
        self.raw = raw
        #if DEBUG
        self.lease = lease
        self.generation = lease?.generation ?? 0
        #endif
    }

    /// An empty view.
    @inlinable public init() { self.init(UnsafeRawBufferPointer(start: nil, count: 0)) }

    /// Calls `body` with a view of `bytes`, valid during the call.
    package static func with<R>(_ bytes: [UInt8], _ body: (ByteView) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes { try body(ByteView($0)) }
    }

    /// The bytes, checked in debug builds to be read while still valid.
    @inlinable @inline(__always)
    var checked: UnsafeRawBufferPointer {
        #if DEBUG
        if let lease {
            precondition(lease.generation == generation, "a ByteView was read after its buffer was reused")
        }
        #endif
        return raw
    }

    /// How many bytes.
    @inlinable public var count: Int { raw.count }
    /// Whether there are none.
    @inlinable public var isEmpty: Bool { raw.isEmpty }
    /// The first byte, if any.
    @inlinable public var first: UInt8? { checked.first }
    /// The last byte, if any.
    @inlinable public var last: UInt8? { checked.last }

    /// The byte at `i`; traps when `i` is out of bounds.
    @inlinable
    public subscript(i: Int) -> UInt8 {
        @inline(__always) get {
            precondition(i >= 0 && i < raw.count, "byte index out of range")
            return checked[i]
        }
    }

    /// The bytes in `range`, a view of the same buffer; traps when `range` is out of bounds.
    @inlinable
    public subscript(range: Range<Int>) -> ByteView {
        precondition(range.lowerBound >= 0 && range.upperBound <= raw.count, "byte range out of range")
        return ByteView(UnsafeRawBufferPointer(rebasing: checked[range]), sameLeaseAs: self)
    }

    /// The bytes from `start` to the end.
    @inlinable
    package func dropFirst(_ n: Int) -> ByteView { self[Swift.min(n, count)..<count] }

    /// A copy of the bytes.
    package var array: [UInt8] { Array(checked) }

    /// The bytes as UTF-8 text, invalid sequences replaced (for showing bytes that failed to decode).
    package var utf8Text: String { String(decoding: checked, as: UTF8.self) }

    /// Whether the two views hold the same bytes.
    package func elementsEqual(_ other: ByteView) -> Bool {
        let a = checked, b = other.checked
        return a.count == b.count && (a.isEmpty || sameBytes(a.baseAddress!, b.baseAddress!, a.count))
    }

    /// Whether the view holds exactly `bytes`.
    package func elementsEqual(_ bytes: [UInt8]) -> Bool { checked.elementsEqual(bytes) }

    /// Iterates the bytes.
    @inlinable
    public func makeIterator() -> UnsafeRawBufferPointer.Iterator { checked.makeIterator() }

    /// Calls `body` with the bytes (for this module's parsers; the modules above never see a pointer).
    @inlinable @inline(__always)
    func withRaw<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try body(checked) }

    @inlinable
    init(_ raw: UnsafeRawBufferPointer, sameLeaseAs other: ByteView) {
        self.raw = raw
        #if DEBUG
        self.lease = other.lease
        self.generation = other.generation
        #endif
    }
}

/// A buffer's generation: moved on each time the buffer is reused, so that a `ByteView` read after
/// that traps (debug builds).
@usableFromInline
final class Lease {
    @usableFromInline var generation = 0
    init() {}
    /// Marks every view handed out so far as no longer valid.
    func renew() { generation &+= 1 }
}

extension Array where Element == UInt8 {
    /// Appends the view's bytes.
    package mutating func append(_ view: ByteView) { append(contentsOf: view.checked) }
}

extension ByteView {
    /// Calls `body` with the bytes as a span, for readers in modules that do not know this type.
    @inlinable
    public func withSpan<R>(_ body: (Span<UInt8>) throws -> R) rethrows -> R {
        let bytes = checked.assumingMemoryBound(to: UInt8.self)
        return try body(bytes.span)
    }
}
