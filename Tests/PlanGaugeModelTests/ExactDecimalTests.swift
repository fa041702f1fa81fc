import Testing
@testable import PlanGaugeModel

/// Series values and targets as written: an integer and a count of decimal places.
@Suite struct ExactDecimalTests {
    func d(_ s: String) -> ExactDecimal? { ExactDecimal(s) }

    /// [significand, scale], or [] when the text does not parse.
    func parts(_ s: String) -> [Int64] { d(s).map { [$0.significand, Int64($0.scale)] } ?? [] }

    @Test func parsesPlainDecimals() {
        #expect(parts("2003.5") == [20035, 1])
        #expect(parts("12.4") == [124, 1])
        #expect(parts("-3.75") == [-375, 2])
        #expect(parts("+5") == [5, 0])
        #expect(parts("0.05") == [5, 2])
        #expect(parts(".5") == [5, 1])
        #expect(parts("9223372036854775807") == [Int64.max, 0])
        #expect(parts("0.123456789012345678") == [123_456_789_012_345_678, 18])
    }

    @Test(arguments: [
        "", "-", ".", "+", "1.2.3", "1,234", "１２", "1e5", "abc", " 1", "1 ", "--1",
        "9223372036854775808", "0.1234567890123456789"
    ])
    func rejects(_ text: String) {
        #expect(ExactDecimal(text) == nil)
    }

    @Test func description() {
        #expect(ExactDecimal(significand: -5, scale: 2).description == "-0.05")
        #expect(ExactDecimal(significand: 20035, scale: 1).description == "2003.5")
        #expect(ExactDecimal(significand: 0, scale: 2).description == "0.00")
        #expect(ExactDecimal(123).description == "123")
        #expect(ExactDecimal(significand: -123, scale: 1).description == "-12.3")
    }

    @Test func equalityIgnoresTrailingZeros() {
        #expect(d("1.50") == d("1.5"))
        #expect(d("2.00") == ExactDecimal(2))
        #expect(d("1.5") != d("1.51"))
        #expect(Set([d("1.50")!, d("1.5")!, d("1.500")!]).count == 1)
        #expect(Set([d("0.00")!, ExactDecimal(0)]).count == 1)
    }

    @Test func ordering() {
        #expect(d("12.4")! < d("12.45")!)
        #expect(d("-3.75")! < d("-3.7")!)
        #expect(!(d("1.50")! < d("1.5")!) && !(d("1.5")! < d("1.50")!))
        #expect(
            [d("2232")!, d("-1")!, d("2003.5")!, d("0.5")!].sorted().map(\.description) == [
                "-1", "0.5", "2003.5", "2232"
            ])
    }

    @Test func orderingIsExactBeyondDoublePrecision() {
        // 2⁵³ + 1 and 2⁵³ are the same Double; as decimals one is larger.
        let big = ExactDecimal(9_007_199_254_740_993), smaller = ExactDecimal(9_007_199_254_740_992)
        #expect(smaller < big)
        #expect(!(big < smaller))
        #expect(ExactDecimal(significand: 90_071_992_547_409_921, scale: 1) > smaller)  // …992.1
    }

    @Test func amountsLandOnWholeFen() {
        #expect(d("12.3")!.amount(in: .yi) == Amount(fen: 123_000_000_000))  // 12.3亿 = 1.23 × 10¹¹ 分
        #expect(d("1.50")!.amount(in: .yi) == Amount(fen: 15_000_000_000))
        #expect(d("2232")!.amount(in: .yi) == Amount(fen: 22_320_000_000_000))
        #expect(d("0.000001")!.amount(in: .wan) == Amount(fen: 1))
        #expect(d("1.10")!.amount(in: .yuan) == Amount(fen: 110))
        #expect(d("-3.7")!.amount(in: .wan) == Amount(fen: -3_700_000))
        #expect(d("0.0000001")!.amount(in: .wan) == nil)  // 0.1 分
        #expect(d("1.005")!.amount(in: .yuan) == nil)
        #expect(d("1.0050")!.amount(in: .yuan) == nil)
        #expect(ExactDecimal(Int64.max).amount(in: .yi) == nil)  // overflow
    }

    @Test func doubleValue() {
        #expect(d("-3.75")!.doubleValue == -3.75)
        #expect(d("2003.5")!.doubleValue == 2003.5)
    }
}
