import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Corpus: amount cells as people and programs mangle them. Revenue is column 3; 万元 by default.
@Suite struct CorpusAmountTests {
    static let notAnAmount = "revenue: not an amount"
    static let scientific = "revenue: scientific notation loses digits; format the column as a plain number"
    static let tooLarge = "revenue: amount too large"

    /// One row per malformed form, months 2023-01 … 2024-11 so that no two rows share a key.
    @Test func malformedAmounts() throws {
        let c = try Corpus("malformed-amounts")
        let expected: [(line: Int, value: String, message: String)] = [
            (2, "1,23,4", Self.notAnAmount),  // Indian-style grouping, or a typo
            (3, "12..5", Self.notAnAmount),  // a doubled decimal point
            (4, "1.2.3", Self.notAnAmount),  // a version number or a date in the wrong column
            (5, "12亿元元", Self.notAnAmount),  // the unit typed twice
            (6, "¥100", Self.notAnAmount),  // a currency sign from a formatted cell
            (7, "1e5", Self.scientific),  // what a program writes for 100000
            (8, "1.2E+07", Self.scientific),  // a narrow Excel cell in General format
            (9, "--5", Self.notAnAmount),  // a doubled minus (-- alone would be "no data")
            (10, "abc", Self.notAnAmount),
            (11, "5 5", Self.notAnAmount),  // two numbers, or a space as a separator
            (12, "(100)", Self.notAnAmount),  // accounting-style negative
            (13, "100%", Self.notAnAmount),  // a growth rate in the revenue column
            (14, "１２，３４", Self.notAnAmount),  // full-width 12,34: bad grouping in any width
            // line 15: １2.３4万元, full-width mixed with ASCII: unambiguous, 12.34万元, accepted
            (16, "12,5", Self.notAnAmount),  // a decimal comma
            (17, "123456789012345678901234567890", Self.tooLarge),  // a well-formed number beyond 64 bits
            (18, "99999999999999亿", Self.tooLarge),  // 10²⁴ 分
            (19, "一百万", Self.notAnAmount),  // Chinese numerals
            (20, "12.3亿万", Self.notAnAmount),  // two units
            (21, ".", Self.notAnAmount),
            (22, "NaN", Self.notAnAmount),  // a float's "not a number" printed by a script
            (23, "1,234,", Self.notAnAmount),  // a trailing separator
            // a float printed in full
            (24, "0.12345678901234567890", "revenue: too many digits to hold exactly (at most 18)")
        ]
        #expect(c.briefs() == expected.map { "revenue.csv:\($0.line):3: error: \($0.message)" })
        for e in expected {
            let d = c.diagnostic("revenue.csv", e.line, 3)
            #expect(d?.value == e.value, "line \(e.line)")
            #expect(d?.expected == AmountCell.expected, "line \(e.line)")
        }
        #expect(c.counts("revenue.csv") == [23, 1, 22, 22, 0])
        // 12.34万元 = 12.34 × 1,000,000 分.
        #expect(
            c.dataset.revenue == [
                RevenueFact(
                    enterprise: USCC(uncheckedCode: Codes.a), period: .month(2024, 2)!,
                    basis: .period, revenue: Amount(fen: 12_340_000))
            ])
        #expect(c.report.exitStatus == 65)
    }

    /// Negative revenue in its spellings (ASCII, full-width and Unicode minus), a negative 产业收入,
    /// and a negative that only appears after rounding: −0.0000005万元 = −0.5分 → −1分 = −0.01元
    /// (half away from zero), which warns about the rounding and then fails as negative. A lone `-`
    /// (line 8) is "no data", never a minus sign.
    @Test func negativeRevenue() throws {
        let c = try Corpus("negative-revenue")
        #expect(
            c.briefs() == [
                "revenue.csv:3:3: error: revenue: cannot be negative",
                "revenue.csv:4:3: error: revenue: cannot be negative",
                "revenue.csv:5:3: error: revenue: cannot be negative",
                "revenue.csv:6:4: error: industry_revenue: cannot be negative",
                "revenue.csv:7:3: warning: revenue: more decimals than whole 分; rounded half away from zero to -0.01 元",
                "revenue.csv:7:3: error: revenue: cannot be negative"
            ])
        #expect(c.diagnostic("revenue.csv", 4, 3)?.value == "－5")
        #expect(c.diagnostic("revenue.csv", 5, 3)?.value == "\u{2212}1.5")
        #expect(c.diagnostic("revenue.csv", 6, 4)?.expected == "0 or more")
        #expect(c.counts("revenue.csv") == [7, 2, 5, 5, 1])
        let a = USCC(uncheckedCode: Codes.a)
        #expect(
            c.dataset.revenue == [
                RevenueFact(
                    enterprise: a, period: .quarter(2023, 1)!, basis: .period, revenue: .wan(100),
                    industryRevenue: .wan(80)),
                RevenueFact(enterprise: a, period: .quarter(2024, 3)!, basis: .period, revenue: nil)
            ])
        #expect(c.report.exitStatus == 65)
    }
}
