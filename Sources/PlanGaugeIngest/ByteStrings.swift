import Foundation

/// Many short byte strings (codes, names) in one buffer, compared in place: unlike `[[UInt8]]`,
/// reading one costs no reference counting, which on five million rows was measurable. Immutable
/// once made, so any number of threads read it.
final class ByteStrings: @unchecked Sendable {
    private let storage: UnsafeMutableRawPointer
    /// `ends[i]`: where string `i` ends in `storage` (it starts where string `i - 1` ends).
    private let ends: UnsafeMutableBufferPointer<Int>

    /// With `indexed`, an open-addressing table of string numbers by their bytes' hash (4 bytes a
    /// slot, where a table of the bytes themselves took 40), for `firstIndex(of:)`.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let seed = FastTableSeed.value

    init(_ strings: [[UInt8]], indexed: Bool = false) {
        ends = .allocate(capacity: strings.count + 1)
        ends[0] = 0
        var total = 0
        for (i, s) in strings.enumerated() { total += s.count; ends[i + 1] = total }
        storage = .allocate(byteCount: max(total, 1), alignment: 8)
        var size = 16
        while indexed && size < strings.count * 2 { size *= 2 }
        slots = .allocate(capacity: indexed ? size : 0)
        for (i, s) in strings.enumerated() {
            s.withUnsafeBytes { if let b = $0.baseAddress { (storage + ends[i]).copyMemory(from: b, byteCount: s.count) } }
        }
        guard indexed else { return }
        slots.initialize(repeating: -1)
        for i in strings.indices where firstIndex(of: self[i]) == nil {
            var k = bucket(self[i])
            while slots[k] >= 0 { k = (k + 1) & (slots.count - 1) }
            slots[k] = Int32(i)
        }
    }

    deinit {
        storage.deallocate()
        ends.deallocate()
        slots.deallocate()
    }

    /// String `i`'s bytes, valid while the table lives.
    subscript(i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: storage + ends[i], count: ends[i + 1] - ends[i])
    }

    /// The first of strings `start..<start + window` that is exactly `bytes`: for input that lists
    /// the strings in their order with gaps, a short look ahead costs less than hashing. Each is
    /// ruled out by its length and last eight bytes before any full comparison.
    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer, from start: Int, window: Int) -> Int? {
        let n = bytes.count
        let stop = Swift.min(start + window, count)
        guard n >= 8, start < stop, let b = bytes.baseAddress else {
            var i = start
            while i < stop { if equals(i, bytes) { return i }; i += 1 }
            return nil
        }
        let tail = b.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        var i = start
        while i < stop {
            let from = ends[i], length = ends[i + 1] - from
            if length == n, (storage + from + n - 8).loadUnaligned(as: UInt64.self) == tail,
               memcmp(storage + from, b, n - 8) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// The first string that is exactly `bytes` (nil also when the table was not made `indexed`).
    func firstIndex(of bytes: UnsafeRawBufferPointer) -> Int? {
        guard slots.count > 0 else { return nil }
        var k = bucket(bytes)
        while slots[k] >= 0 {
            if equals(Int(slots[k]), bytes) { return Int(slots[k]) }
            k = (k + 1) & (slots.count - 1)
        }
        return nil
    }

    @inline(__always)
    private func bucket(_ bytes: UnsafeRawBufferPointer) -> Int {
        // Eight bytes at a time, mixed (see `FastTable`); the tail zero-padded; the length in too.
        var h = UInt64(bytes.count) &+ seed
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)).mixed(seed)
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[i...])) }
            h = (h ^ tail).mixed(seed)
        }
        return Int(truncatingIfNeeded: h) & (slots.count - 1)
    }

    var count: Int { ends.count - 1 }

    /// Whether string `i` is exactly `bytes`.
    @inline(__always)
    func equals(_ i: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = ends[i], n = ends[i + 1] - start
        guard n == bytes.count else { return false }
        guard n >= 8 else { return n == 0 || memcmp(storage + start, bytes.baseAddress!, n) == 0 }
        // Codes and names of neighbouring firms differ at the end: their last eight bytes first.
        let tail = n - 8
        guard (storage + start + tail).loadUnaligned(as: UInt64.self) == bytes.loadUnaligned(fromByteOffset: tail, as: UInt64.self)
        else { return false }
        return memcmp(storage + start, bytes.baseAddress!, tail) == 0
    }
}
