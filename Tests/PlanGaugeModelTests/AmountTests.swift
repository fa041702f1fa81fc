import Testing
@testable import PlanGaugeModel

/// Money held in whole 分: exact sums, rounding only for display, half away from zero (四舍五入).
@Suite struct AmountTests {
    @Test func unitsInFen() {
        #expect(Amount.yuan(1).fen == 100)
        #expect(Amount.wan(1).fen == 1_000_000)
        #expect(Amount.yi(1).fen == 10_000_000_000)
        #expect(MoneyUnit.qian.fen == 100_000)
        #expect(Amount.yi(1) == Amount.wan(10_000))  // 1亿 = 10⁴万
        #expect(Amount.wan(1) == Amount.yuan(10_000))
        #expect(MoneyUnit.allCases.map(\.exactDecimals) == [2, 5, 6, 10])
        #expect(MoneyUnit.allCases.map(\.rawValue) == ["元", "千元", "万元", "亿元"])
    }

    @Test func sumsAreExact() {
        // 0.1万 ten times is exactly 1万 (as a Double, 0.1 × 10 sums drift).
        var total = Amount.zero
        for _ in 0..<10 { total += Amount(fen: 100_000) }
        #expect(total == .wan(1))
        // MIIT 信息安全 2023 (亿元): 上半年 856 + Q3 565 + Q4 811 = 2232.
        #expect(Amount.yi(856) + .yi(565) + .yi(811) == .yi(2232))
        #expect(Amount.yi(1421) - .yi(856) == .yi(565))  // Q3 = 1–9月 − 上半年
        #expect(Amount.yi(2232) - .yi(1421) == .yi(811))  // Q4 = year − 1–9月
        // 软件业务收入 2020–2024: 81616 + 94994 + 108126 + 123258 + 137276 = 545270 亿元.
        let software: [Int64] = [81616, 94994, 108126, 123258, 137276]
        #expect(software.map(Amount.yi).reduce(.zero, +) == .yi(545_270))
        var a = Amount.yi(10)
        a -= .yi(3)
        #expect(a == .yi(7) && -a == .yi(-7))
    }

    @Test func ordering() {
        #expect(Amount.wan(9999) < Amount.yi(1))
        #expect(Amount.yi(-1) < Amount.zero)
        #expect([Amount.yi(2), .wan(1), .yuan(5)].sorted() == [.yuan(5), .wan(1), .yi(2)])
    }

    @Test func formattedInEachUnit() {
        #expect(Amount.yi(250).formatted(in: .yi) == "250.00")
        #expect(Amount.yi(2232).formatted(in: .yi, decimals: 0) == "2232")
        #expect(Amount.yi(1).formatted(in: .wan, decimals: 0) == "10000")
        #expect(Amount(fen: 1_234_560_000).formatted(in: .wan) == "1234.56")  // 1,234.56万元
        #expect(Amount(fen: 12_345).formatted(in: .yuan, decimals: 3) == "123.450")
        #expect(Amount(fen: 5).formatted(in: .yuan) == "0.05")
        #expect(Amount.zero.formatted(in: .yi) == "0.00")
        #expect(Amount(fen: 123_456).formatted(in: .qian) == "1.23")  // 1.23456千元
    }

    @Test func roundsHalfAwayFromZero() {
        // 1.005亿 = 10,050,000,000 分: exactly half-way at 2 decimals goes up, not to even.
        #expect(Amount(fen: 10_050_000_000).formatted(in: .yi) == "1.01")
        #expect(Amount(fen: -10_050_000_000).formatted(in: .yi) == "-1.01")
        #expect(Amount(fen: 10_250_000_000).formatted(in: .yi) == "1.03")  // banker's would say 1.02
        #expect(Amount(fen: -10_250_000_000).formatted(in: .yi) == "-1.03")
        #expect(Amount(fen: 10_049_999_999).formatted(in: .yi) == "1.00")
        #expect(Amount(fen: 1_234_500).formatted(in: .qian) == "12.35")  // 12.345千元
        #expect(Amount(fen: 2_500_000).formatted(in: .wan, decimals: 0) == "3")  // 2.5万
        #expect(Amount(fen: 3_500_000).formatted(in: .wan, decimals: 0) == "4")
        #expect(Amount(fen: -2_500_000).formatted(in: .wan, decimals: 0) == "-3")
        #expect(Amount(fen: 2_499_999).formatted(in: .wan, decimals: 0) == "2")
        #expect(Amount(fen: 150).formatted(in: .yuan, decimals: 0) == "2")
        #expect(Amount(fen: 149).formatted(in: .yuan, decimals: 0) == "1")
    }

    @Test func negativeValueRoundingToZeroHasNoSign() {
        #expect(Amount(fen: -40_000_000).formatted(in: .yi) == "0.00")  // −0.004亿
        #expect(Amount(fen: -400_000).formatted(in: .wan, decimals: 0) == "0")  // −0.4万
        #expect(Amount(fen: -50_000_000).formatted(in: .yi) == "-0.01")  // −0.005亿
    }

    @Test func grouping() {
        #expect(Amount.wan(123_456_789).formatted(in: .wan, decimals: 0, grouping: true) == "123,456,789")
        #expect(Amount.wan(123_456_789).formatted(in: .wan, grouping: true) == "123,456,789.00")
        #expect(Amount(fen: -1_234_567_891).formatted(in: .yuan, grouping: true) == "-12,345,678.91")
        #expect(Amount.yuan(999).formatted(in: .yuan, decimals: 0, grouping: true) == "999")
        #expect(Amount.yuan(1000).formatted(in: .yuan, decimals: 0, grouping: true) == "1,000")
        #expect(Amount.yi(137_276).formatted(in: .wan, decimals: 0, grouping: true) == "1,372,760,000")
    }

    @Test func valueInUnitIsForRatiosOnly() {
        #expect(Amount.yi(2232).value(in: .yi) == 2232)
        #expect(Amount.wan(5000).value(in: .yi) == 0.5)
        #expect(Amount(fen: 1_234_560_000).value(in: .wan) == 1234.56)
    }

    @Test func shortUnitNames() {
        #expect(MoneyUnit.fromShortName("万") == .wan)
        #expect(MoneyUnit.fromShortName("万元") == .wan)
        #expect(MoneyUnit.fromShortName("亿") == .yi)
        #expect(MoneyUnit.fromShortName("yi") == .yi)
        #expect(MoneyUnit.fromShortName("千") == .qian)
        #expect(MoneyUnit.fromShortName("yuan") == .yuan)
        #expect(MoneyUnit.fromShortName("美元") == nil)
        #expect(MoneyUnit.fromShortName("") == nil)
    }
}
