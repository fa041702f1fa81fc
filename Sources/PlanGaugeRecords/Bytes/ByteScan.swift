/// Word-at-a-time scans of raw cell bytes (eight bytes per step, unaligned loads).
package enum ByteScan {
    /// Whether raw cell bytes may hold a control character (any byte below 0x20, or DEL) or a
    /// byte-order mark (EF in UTF-8, 84 in GB18030): a cheap test, eight bytes at a time, before the
    /// exact one on the decoded text. Both encodings keep bytes below 0x80 for ASCII only.
    /// Never false for a cell that holds one (`ScalarCellTests` checks it against a byte-by-byte
    /// reference on seeded random cells).
    package static func mayHoldControlOrBOM(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// Whether any byte of `x` is zero (the "has zero byte" bit trick: exact for any, not which).
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        var i = 0
        while i + 8 <= n {
            let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A byte below 0x20 ("has less than"), or one equal to 7F, EF or 84; Chinese text stays here.
            if (x &- ones &* 0x20) & ~x & highs != 0 || hasZero(x ^ (ones &* 0x7F)) || hasZero(x ^ (ones &* 0xEF))
                || hasZero(x ^ (ones &* 0x84))
            {
                break
            }  // the rest byte by byte
            i += 8
        }
        while i < n {
            let b = base.load(fromByteOffset: i, as: UInt8.self)
            if b < 0x20 || b == 0x7F || b == 0xEF || b == 0x84 { return true }
            i += 1
        }
        return false
    }
}
