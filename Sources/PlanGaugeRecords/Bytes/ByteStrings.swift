import Foundation

/// Many short byte strings (codes, names) in one buffer, compared in place: unlike `[[UInt8]]`,
/// reading one costs no reference counting, which on five million rows was measurable. Immutable
/// once made, so any number of threads read it.
package final class ByteStrings: @unchecked Sendable {
    /// The strings as plain pointers, for hot loops on several threads: reading a class's property
    /// retains and releases the class, and two cores doing that to one object for every row fight
    /// over its reference count (5% of a large read). Valid while this object lives.
    package let view: View

    package init(_ strings: [[UInt8]], indexed: Bool = false) {
        let ends = UnsafeMutableBufferPointer<Int>.allocate(capacity: strings.count + 1)
        ends[0] = 0
        var total = 0
        for (i, s) in strings.enumerated() { total += s.count; ends[i + 1] = total }
        let storage = UnsafeMutableRawPointer.allocate(byteCount: max(total, 1), alignment: 8)
        var size = 16
        while indexed && size < strings.count * 2 { size *= 2 }
        let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: indexed ? size : 0)
        for (i, s) in strings.enumerated() {
            s.withUnsafeBytes {
                if let b = $0.baseAddress { (storage + ends[i]).copyMemory(from: b, byteCount: s.count) }
            }
        }
        slots.initialize(repeating: -1)
        view = View(storage: storage, ends: UnsafeBufferPointer(ends), slots: slots, seed: FastTableSeed.value)
        guard indexed else { return }
        for i in strings.indices where view.firstIndex(of: view[i]) == nil {
            var k = view.bucket(view[i])
            while slots[k] >= 0 { k = (k + 1) & (slots.count - 1) }
            slots[k] = Int32(i)
        }
    }

    deinit {
        view.storage.deallocate()
        view.ends.deallocate()
        view.slots.deallocate()
    }

    package subscript(i: Int) -> UnsafeRawBufferPointer { view[i] }
    package var count: Int { view.count }
    package func find(_ bytes: UnsafeRawBufferPointer, from start: Int, window: Int) -> Int? {
        view.find(bytes, from: start, window: window)
    }
    package func firstIndex(of bytes: UnsafeRawBufferPointer) -> Int? { view.firstIndex(of: bytes) }
    package func equals(_ i: Int, _ bytes: UnsafeRawBufferPointer) -> Bool { view.equals(i, bytes) }

    package struct View: @unchecked Sendable {
        fileprivate let storage: UnsafeMutableRawPointer
        /// `ends[i]`: where string `i` ends in `storage` (it starts where string `i - 1` ends).
        fileprivate let ends: UnsafeBufferPointer<Int>
        /// An open-addressing table of string numbers by their bytes' hash (4 bytes a slot, where a
        /// table of the bytes themselves took 40), for `firstIndex(of:)`; empty unless `indexed`.
        fileprivate let slots: UnsafeMutableBufferPointer<Int32>
        fileprivate let seed: UInt64

        /// String `i`'s bytes.
        subscript(i: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(start: storage + ends[i], count: ends[i + 1] - ends[i])
        }

        var count: Int { ends.count - 1 }

        /// The first of strings `start..<start + window` that is exactly `bytes`: for input that lists
        /// the strings in their order with gaps, a short look ahead costs less than hashing. Each is
        /// ruled out by its length and last eight bytes before any full comparison.
        @inline(__always)
        package func find(_ bytes: UnsafeRawBufferPointer, from start: Int, window: Int) -> Int? {
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
                    sameBytes(storage + from, b, n - 8)
                {
                    return i
                }
                i += 1
            }
            return nil
        }

        /// The first string that is exactly `bytes` (nil also when the table was not made `indexed`).
        package func firstIndex(of bytes: UnsafeRawBufferPointer) -> Int? {
            guard slots.count > 0 else { return nil }
            var k = bucket(bytes)
            while slots[k] >= 0 {
                if equals(Int(slots[k]), bytes) { return Int(slots[k]) }
                k = (k + 1) & (slots.count - 1)
            }
            return nil
        }

        @inline(__always)
        fileprivate func bucket(_ bytes: UnsafeRawBufferPointer) -> Int {
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

        /// Whether string `i` is exactly `bytes`.
        @inline(__always)
        package func equals(_ i: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
            let start = ends[i], n = ends[i + 1] - start
            guard n == bytes.count else { return false }
            guard n >= 8 else { return n == 0 || memcmp(storage + start, bytes.baseAddress!, n) == 0 }
            // Codes and names of neighbouring firms differ at the end: their last eight bytes first.
            let tail = n - 8
            guard
                (storage + start + tail).loadUnaligned(as: UInt64.self)
                    == bytes.loadUnaligned(fromByteOffset: tail, as: UInt64.self)
            else { return false }
            return sameBytes(storage + start, bytes.baseAddress!, tail)
        }
    }
}

/// Whether `n` bytes at `a` and `b` are equal: from four to sixteen (a code's rest, a period label,
/// a 口径) as two overlapping words, without a call; others through memcmp.
@inline(__always)
package func sameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
    if n >= 8 && n <= 16 {
        return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
            && a.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                == b.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }
    if n >= 4 && n < 8 {
        return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
            && a.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                == b.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
    }
    return n == 0 || memcmp(a, b, n) == 0
}
