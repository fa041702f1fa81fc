import PlanGaugeModel

/// Byte-level fast paths for the cells that fill most of a large file: plain ASCII numbers and
/// short repeated texts (ids, period labels, 口径). Each either gives exactly what the full parser
/// would, or declines (nil) and leaves the cell to it, so errors and odd forms keep one code path.
enum FastNumber {
    /// `1234.56`, `-3.7`, `1,234.56`, with spaces around: the significand and decimal places.
    /// Declines on anything else, on a lone sign and on more than 18 digits.
    @inline(__always)
    static func parse(_ bytes: UnsafeRawBufferPointer) -> (significand: Int64, scale: Int)? {
        var start = 0, end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }
        var i = start
        var negative = false
        if bytes[i] == 0x2D { negative = true; i += 1 }                       // -
        var value: Int64 = 0, digits = 0, scale = 0
        var sawPoint = false, groupDigits = 0, sawComma = false, intDigits = 0
        while i < end {
            let b = bytes[i]
            switch b {
            case 0x30...0x39:
                guard digits < 18 else { return nil }
                value = value &* 10 &+ Int64(b &- 0x30)
                digits += 1
                if sawPoint { scale += 1 } else { intDigits += 1; groupDigits += 1 }
            case 0x2C:                                                          // , grouping in the integer part
                guard !sawPoint, intDigits > 0, sawComma ? groupDigits == 3 : groupDigits <= 3 else { return nil }
                sawComma = true
                groupDigits = 0
            case 0x2E:                                                          // .
                guard !sawPoint else { return nil }
                if sawComma && groupDigits != 3 { return nil }
                sawPoint = true
            default:
                return nil
            }
            i += 1
        }
        if !sawPoint && sawComma && groupDigits != 3 { return nil }
        guard digits > 0, !(sawPoint && scale == 0) else { return nil }       // "5." is left to the full parser
        return (negative ? -value : value, scale)
    }

    /// The amount in 分 when the number lands on whole 分 in `unit`; nil otherwise (rounding is
    /// the full parser's job, with its warning).
    @inline(__always)
    static func amount(_ n: (significand: Int64, scale: Int), unit: MoneyUnit) -> Amount? {
        var factor = unit.fen, s = n.scale, sig = n.significand
        while s > 0 && factor % 10 == 0 { factor /= 10; s -= 1 }
        while s > 0 && sig % 10 == 0 { sig /= 10; s -= 1 }
        guard s == 0 else { return nil }
        let (fen, overflow) = sig.multipliedReportingOverflow(by: factor)
        return overflow ? nil : Amount(fen: fen)
    }
}

/// Up to 32 bytes as a hashable value: a key for caches of short cells without making a String.
struct ShortBytes: Hashable {
    var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0
    var count: UInt8 = 0

    init() {}

    @inline(__always)
    init?(_ bytes: UnsafeRawBufferPointer) {
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
    func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        guard n == Int(count) else { return false }
        guard n > 0 else { return true }
        var words = (a, b, c, d)
        return withUnsafeBytes(of: &words) { sameBytes($0.baseAddress!, bytes.baseAddress!, n) }
    }
}
