import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Money cells (PlanGaugeAnalytics.docc, UnitsAndMoney). 1 万元 = 1,000,000 分; 1 亿元 = 10,000,000,000 分.
@Suite struct AmountCellTests {
    func parse(_ s: String, _ unit: MoneyUnit = .wan) -> AmountCell.Outcome { AmountCell.parse(s, defaultUnit: unit) }
    func fen(_ n: Int64) -> AmountCell.Outcome { .value(Amount(fen: n)) }

    @Test func formsFromRealFiles() {
        #expect(parse("1,234.56") == fen(1_234_560_000))  // 1,234.56万元
        #expect(parse("12.3亿") == fen(123_000_000_000))  // 12.3 × 10⁸ 元 = 1.23 × 10¹¹ 分
        #expect(parse("5000万元") == fen(5_000_000_000))
        #expect(parse("１２３") == fen(123_000_000))  // full-width digits, 123万元
        #expect(parse("-3.7") == fen(-3_700_000))  // a negative number, not "no data"
    }

    @Test func otherUnitsAndSpellings() {
        #expect(parse("12.3亿元") == fen(123_000_000_000))
        #expect(parse("12.3 亿") == fen(123_000_000_000))
        #expect(parse(" 1,234.56 ") == fen(1_234_560_000))
        #expect(parse("5000元") == fen(500_000))
        #expect(parse("5千元") == fen(500_000))
        #expect(parse("1,234,567.89", .yuan) == fen(123_456_789))
        #expect(parse("－3.7") == fen(-3_700_000))  // full-width hyphen-minus
        #expect(parse("\u{2212}3.7") == fen(-3_700_000))  // MINUS SIGN
        #expect(parse("+5") == fen(5_000_000))
        #expect(parse(".5") == fen(500_000))
        #expect(parse("0") == fen(0))
        #expect(parse("１,２３４．５６") == fen(1_234_560_000))  // full-width comma and point too
    }

    @Test(arguments: ["-", "—", "…", "", "   ", "\u{3000}", "——", "--", "……", "...", "–", "－", "N/A"])
    func noData(_ cell: String) {
        #expect(parse(cell) == .missing)
    }

    @Test func headerUnitAppliesWhenTheCellHasNone() {
        #expect(parse("12", .yi) == fen(120_000_000_000))  // 12 × 10¹⁰ 分
        #expect(parse("12", .yuan) == fen(1_200))
        #expect(parse("12", .qian) == fen(1_200_000))
    }

    @Test func cellUnitOverridesHeaderUnit() {
        #expect(parse("1.5亿", .wan) == fen(15_000_000_000))
        #expect(parse("3000万", .yi) == fen(3_000_000_000))
        #expect(parse("800元", .yi) == fen(80_000))
    }

    @Test(arguments: ["12,34", "1,2345", "1234,567", ",123", "1,,234", "1,234,56"])
    func badGroupingIsRejected(_ cell: String) {
        #expect(parse(cell) == .invalid(reason: "not an amount"))
    }

    @Test(arguments: ["1.2E+07", "1.23457E+11", "5e3", "1.5E-2"])
    func scientificNotationIsRejected(_ cell: String) {
        #expect(
            parse(cell) == .invalid(reason: "scientific notation loses digits; format the column as a plain number"))
    }

    @Test(arguments: ["abc", "亿", "1.2.3", "5.", "12万亿", "1 234", "约100", "-万元"])
    func notAnAmount(_ cell: String) {
        #expect(parse(cell) == .invalid(reason: "not an amount"))
    }

    @Test func tooManyDecimalsRoundHalfAwayFromZero() {
        // 1.2345678万 = 12,345.678元 = 1,234,567.8分 → 1,234,568
        #expect(parse("1.2345678") == .rounded(Amount(fen: 1_234_568)))
        #expect(parse("0.0000005") == .rounded(Amount(fen: 1)))  // 0.5分 → 1
        #expect(parse("-0.0000005") == .rounded(Amount(fen: -1)))  // away from zero
        #expect(parse("0.0000004") == .rounded(Amount(fen: 0)))
        #expect(parse("1.005元") == .rounded(Amount(fen: 101)))  // 100.5分
        #expect(parse("-1.005元") == .rounded(Amount(fen: -101)))
        #expect(parse("1.0049元") == .rounded(Amount(fen: 100)))  // 100.49分
        #expect(parse("2.5005元") == .rounded(Amount(fen: 250)))  // 250.05分
        // 0.123456789012亿 = 12,345,678.9012元 = 1,234,567,890.12分
        #expect(parse("0.123456789012亿") == .rounded(Amount(fen: 1_234_567_890)))
    }

    @Test func exactDecimalsAreNotRounded() {
        #expect(parse("1.234567") == fen(1_234_567))  // 6 decimals of 万元 = whole 分
        #expect(parse("1.2345670000") == fen(1_234_567))  // trailing zeros do not count
        #expect(parse("1.50亿") == fen(15_000_000_000))
        #expect(parse("0.0123456789亿") == fen(123_456_789))  // 10 decimals of 亿元
    }

    @Test func hugeAmountsAreRejected() {
        #expect(parse("99999999999999亿") == .invalid(reason: "amount too large"))
    }
}
