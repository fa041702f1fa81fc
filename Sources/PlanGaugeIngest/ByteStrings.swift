import Foundation

/// Many short byte strings (codes, names) in one buffer, compared in place: unlike `[[UInt8]]`,
/// reading one costs no reference counting, which on five million rows was measurable. Immutable
/// once made, so any number of threads read it.
final class ByteStrings: @unchecked Sendable {
    private let storage: UnsafeMutableRawPointer
    /// `ends[i]`: where string `i` ends in `storage` (it starts where string `i - 1` ends).
    private let ends: UnsafeMutableBufferPointer<Int>

    init(_ strings: [[UInt8]]) {
        ends = .allocate(capacity: strings.count + 1)
        ends[0] = 0
        var total = 0
        for (i, s) in strings.enumerated() { total += s.count; ends[i + 1] = total }
        storage = .allocate(byteCount: max(total, 1), alignment: 8)
        for (i, s) in strings.enumerated() {
            s.withUnsafeBytes { if let b = $0.baseAddress { (storage + ends[i]).copyMemory(from: b, byteCount: s.count) } }
        }
    }

    deinit {
        storage.deallocate()
        ends.deallocate()
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
