/// Byte-level fast paths for the cells that fill most of a large file: plain ASCII numbers and
/// short repeated texts (ids, period labels, 口径). Each either gives exactly what the full parser
/// would, or declines (nil) and leaves the cell to it, so errors and odd forms keep one code path.
///
/// - Must equal: `AmountCell.parse` (in PlanGaugeIngest) on every number it reads.
/// - Proven by: `FastCellsTests.agreesWithTheFullParserOnRandomInputs`.
package enum FastNumber {
    /// `1234.56`, `-3.7`, `1,234.56`, with spaces around: the significand and decimal places.
    /// Declines on anything else, on a lone sign and on more than 18 digits.
    @inline(__always)
    package static func parse(_ bytes: UnsafeRawBufferPointer) -> (significand: Int64, scale: Int)? {
        var start = 0, end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }
        var i = start
        var negative = false
        if bytes[i] == 0x2D { negative = true; i += 1 }  // -
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
            case 0x2C:  // , grouping in the integer part
                guard !sawPoint, intDigits > 0, sawComma ? groupDigits == 3 : groupDigits <= 3 else { return nil }
                sawComma = true
                groupDigits = 0
            case 0x2E:  // .
                guard !sawPoint else { return nil }
                if sawComma && groupDigits != 3 { return nil }
                sawPoint = true
            default:
                return nil
            }
            i += 1
        }
        if !sawPoint && sawComma && groupDigits != 3 { return nil }
        guard digits > 0, !(sawPoint && scale == 0) else { return nil }  // "5." is left to the full parser
        return (negative ? -value : value, scale)
    }
}
