/// Up to 32 bytes as a hashable value: a key for caches of short cells without making a String.
package struct ShortBytes: Hashable {
    package var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0
    package var count: UInt8 = 0

    package init() {}

    @inline(__always)
    package init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count <= 32 else { return nil }
        count = UInt8(bytes.count)
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { dst in
            dst.copyMemory(from: bytes)
        }
        (a, b, c, d) = words
    }

    /// Whether `bytes` are exactly these (what `ShortBytes(bytes) == self` says, without the copy).
    @inline(__always)
    package func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        guard n == Int(count) else { return false }
        guard n > 0 else { return true }
        var words = (a, b, c, d)
        return withUnsafeBytes(of: &words) { sameBytes($0.baseAddress!, bytes.baseAddress!, n) }
    }
}
