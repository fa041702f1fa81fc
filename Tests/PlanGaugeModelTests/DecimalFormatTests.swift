import Testing
@testable import PlanGaugeModel

/// The one number formatter: half away from zero (四舍五入) on decimal digits, grouping, trimming.
/// Every expected string is worked out by hand.
@Suite struct DecimalFormatTests {
    let two = DecimalFormat(places: 2)

    @Test func doublesRoundByTheirDecimalText() {
        // 2.675 is held as 2.67499999999999982236431605997495353221893310546875: by its text it is a tie.
        #expect(two.string(2.675) == "2.68")
        #expect(two.string(2.665) == "2.67")  // a tie goes away from zero, not to even
        #expect(two.string(1.005) == "1.01")
        #expect(two.string(0.125) == "0.13")
        #expect(two.string(9.995) == "10.00")  // the carry runs into the whole part
        #expect(DecimalFormat(places: 1).string(0.05) == "0.1")
        #expect(DecimalFormat(places: 0).string(2.5) == "3")
        #expect(DecimalFormat(places: 0).string(-2.5) == "-3")
    }

    @Test func negativesAndZero() {
        #expect(two.string(-0.005) == "-0.01")
        #expect(two.string(-0.004) == "0.00")  // no "-0.00"
        #expect(two.string(-0.0) == "0.00")
        #expect(two.string(0.0) == "0.00")
        #expect(two.string(-12.345) == "-12.35")
        #expect(two.string(significand: -4, scale: 3) == "0.00")
        #expect(two.string(significand: -5, scale: 3) == "-0.01")
    }

    @Test func exponentTextAndExtremes() {
        // `description` writes these with an exponent: 1e+21, 5e-07, 1e-07.
        #expect(two.string(1e21) == "1000000000000000000000.00")
        #expect(DecimalFormat(places: 0, grouping: true).string(1e21) == "1,000,000,000,000,000,000,000")
        #expect(two.string(5e-7) == "0.00")
        #expect(two.string(-5e-7) == "0.00")
        #expect(DecimalFormat(places: 7).string(1e-7) == "0.0000001")
        #expect(DecimalFormat(places: 6).string(5e-7) == "0.000001")  // 0.0000005 → up
        #expect(DecimalFormat(places: 6).string(4e-7) == "0.000000")
        #expect(two.string(Double.leastNonzeroMagnitude) == "0.00")  // 5e-324, the smallest double
        #expect(two.string(.nan) == nil)
        #expect(two.string(.infinity) == nil)
        #expect(two.string(-.infinity) == nil)
    }

    @Test func binaryNoiseBeyondFifteenDigitsIsRoundedAway() {
        // 4.022695 / 10 is 0.40226949999999997 as a double; the value meant is 0.4022695.
        #expect(DecimalFormat(places: 6).string(4.022695 / 10) == "0.402270")
        // (2.4875 − 1) × 100 is 148.74999999999997; 148.75 rounds to 148.8.
        #expect(DecimalFormat(places: 1).string((2.4875 - 1) * 100) == "148.8")
        #expect(two.string(0.1 + 0.2) == "0.30")
        #expect(DecimalFormat(places: 17, trimmingZeros: true).string(0.1 + 0.2) == "0.3")
    }

    @Test func grouping() {
        #expect(DecimalFormat(places: 2, grouping: true).string(1234567.891) == "1,234,567.89")
        #expect(DecimalFormat(places: 2, grouping: true).string(-1234567.891) == "-1,234,567.89")
        #expect(DecimalFormat(places: 2, grouping: true).string(999.999) == "1,000.00")
        #expect(DecimalFormat(places: 2, grouping: true).string(123.4) == "123.40")
        #expect(DecimalFormat(places: 0, grouping: true).string(significand: 100_000, scale: 0) == "100,000")
    }

    @Test func trimmingTrailingZeros() {
        let trimmed = DecimalFormat(places: 6, trimmingZeros: true)
        #expect(trimmed.string(significand: 1250, scale: 2) == "12.5")  // 12.50
        #expect(trimmed.string(0.0) == "0")
        #expect(trimmed.string(3.0) == "3")
        #expect(trimmed.string(100.0) == "100")  // zeros before the point stay
        #expect(trimmed.string(0.0000004) == "0")  // rounds to zero first
        #expect(trimmed.string(-0.0000004) == "0")
        let atLeastTwo = DecimalFormat(places: 6, keepingAtLeast: 2)
        #expect(atLeastTwo.string(significand: 1_500_000, scale: 6) == "1.50")
        #expect(atLeastTwo.string(significand: 1_234_500, scale: 6) == "1.2345")
        #expect(atLeastTwo.string(significand: 7, scale: 0) == "7.00")
    }

    @Test func exactIntegersAndDecimals() {
        #expect(two.string(significand: 2675, scale: 3) == "2.68")
        #expect(two.string(significand: -2675, scale: 3) == "-2.68")
        #expect(two.string(significand: 12, scale: -3) == "12000.00")  // 12 × 10³
        #expect(two.string(significand: Int64.min, scale: 2) == "-92233720368547758.08")
        #expect(two.string(ExactDecimal(significand: 12345, scale: 4)) == "1.23")  // 1.2345 → down
        #expect(two.string(ExactDecimal(significand: 12355, scale: 4)) == "1.24")  // 1.2355 → up
        #expect(DecimalFormat(places: 3).string(ExactDecimal(7)) == "7.000")
    }

    @Test func plainKeepsEveryDigit() {
        #expect(DecimalFormat.plain.string(decimalText: "-1.06500000000000e+02") == "-106.5")
        #expect(DecimalFormat.plain.string(decimalText: "1.5e-7") == "0.00000015")
        #expect(DecimalFormat.plain.string(decimalText: "1.23e+20") == "123000000000000000000")
        #expect(DecimalFormat.plain.string(decimalText: "3.00") == "3")
        #expect(DecimalFormat.plain.string(decimalText: "-0.000") == "0")
        #expect(DecimalFormat.plain.string(decimalText: "007.10") == "7.1")
    }

    @Test func textThatIsNoNumberIsRefused() {
        for text in ["", "-", ".", "e5", "1e", "1e+", "1.2.3", "12a", "1,000", "nan", "inf", " 1"] {
            #expect(DecimalFormat.plain.string(decimalText: text) == nil, "\(text)")
        }
        #expect(DecimalFormat.plain.string(decimalText: "1e99999") == nil)  // no runaway zeros
    }

    @Test func amountsInEachUnit() {
        // 123456789 分 = 1,234,567.89 元 = 123.456789 万元 = 0.0123456789 亿元.
        let a = Amount(fen: 123_456_789)
        #expect(a.formatted(in: .yi) == "0.01")
        #expect(a.formatted(in: .yi, decimals: 4) == "0.0123")
        #expect(a.formatted(in: .yi, decimals: 8) == "0.01234568")  // 0.01234567|89 → up
        #expect(a.formatted(in: .yi, DecimalFormat(places: 10, trimmingZeros: true)) == "0.0123456789")
        #expect(a.formatted(in: .wan) == "123.46")
        #expect(a.formatted(in: .yuan, grouping: true) == "1,234,567.89")
        #expect(a.formatted(in: .qian, decimals: 1) == "1234.6")
        #expect(Amount(fen: -123_456_789).formatted(in: .yi, decimals: 6) == "-0.012346")
        #expect(Amount(fen: 1_500_000).formatted(in: .wan, DecimalFormat(places: 6, trimmingZeros: true)) == "1.5")
        #expect(Amount(fen: -4_999_999).formatted(in: .yi, decimals: 2) == "0.00")  // -0.0004999999 亿元
        #expect(Amount(fen: -5_000_000).formatted(in: .wan, decimals: 0) == "-5")
    }
}
