import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Corpus: enterprise codes that are wrong, unknown or repeated, and rows that repeat a key.
@Suite struct CorpusIdentityTests {
    /// 统一社会信用代码 as they arrive mistyped. 91350100M000100Y43 is valid: its first 17
    /// characters give Σ value × weight = 1640, 1640 mod 31 = 28, 31 − 28 = 3, so «4» is wrong.
    /// The forbidden letters are put in place of M, the 9th character.
    @Test func usccProblems() throws {
        let c = try Corpus("uscc-problems")
        let forbidden = ["I", "O", "S", "V", "Z"].enumerated().map { i, letter in
            "enterprises.csv:\(7 + i):1: error: id: character «\(letter)» at position 9 is not allowed in a 统一社会信用代码"
        }
        #expect(
            c.briefs("enterprises.csv") == [
                "enterprises.csv:3:1: error: id: check character is «4» but the first 17 characters give «3»",
                "enterprises.csv:4:1: error: id: a 统一社会信用代码 is written in capitals",  // m
                "enterprises.csv:5:1: error: id: a 统一社会信用代码 has 18 characters, this has 17",
                "enterprises.csv:6:1: error: id: a 统一社会信用代码 has 18 characters, this has 19"
            ] + forbidden + [
                "enterprises.csv:12:1: error: id: a 统一社会信用代码 is written in capitals"  // y
            ])
        #expect(c.diagnostic("enterprises.csv", 3, 1)?.expected == "check character «3» (GB 32100-2015)")
        #expect(c.diagnostic("enterprises.csv", 4, 1)?.expected == "the same code in capital letters")
        #expect(c.diagnostic("enterprises.csv", 6, 1)?.value == "91350100M000100Y433")
        #expect(c.counts("enterprises.csv") == [11, 1, 10, 10, 0])
        // The same lower-case code in revenue.csv fails by itself, not as "unknown".
        #expect(c.briefs("revenue.csv") == ["revenue.csv:3:1: error: id: a 统一社会信用代码 is written in capitals"])
        #expect(c.counts("revenue.csv") == [2, 1, 1, 1, 0])
        #expect(c.report.exitStatus == 65)
    }

    /// A revenue row for a firm that was never registered in enterprises.csv (B is a valid code).
    @Test func revenueForAnUnknownEnterprise() throws {
        let c = try Corpus("unknown-enterprise")
        #expect(c.briefs() == ["revenue.csv:3:1: error: id: unknown enterprise: not in enterprises.csv"])
        #expect(c.diagnostic("revenue.csv", 3, 1)?.value == Codes.b)
        #expect(c.diagnostic("revenue.csv", 3, 1)?.expected == "a 统一社会信用代码 listed in enterprises.csv")
        #expect(c.counts("revenue.csv") == [2, 1, 1, 1, 0])
        #expect(c.report.exitStatus == 65)
    }

    /// A corrected row appended instead of replacing the old one. The first row of a key wins; the
    /// later ones are errors whether their figures conflict or repeat. 2023年1-9月 and 2023年前三季度
    /// are one 累计 fact (month 9), as are 2023Q1 累计 and 2023年1-3月 (month 3); 2023Q1 当期 is another.
    @Test func duplicateKeysWithConflictingValues() throws {
        let c = try Corpus("duplicate-keys")
        #expect(
            c.briefs("enterprises.csv") == ["enterprises.csv:3:1: error: id: duplicate enterprise (first on line 2)"])
        #expect(c.counts("enterprises.csv") == [2, 1, 1, 1, 0])
        #expect(c.dataset.enterprises.map(\.name) == ["甲公司"])
        func duplicate(_ line: Int, of first: Int, _ values: String) -> String {
            "revenue.csv:\(line):2: error: period: duplicate of line \(first) for this enterprise, period and 口径 (\(values) values)"
        }
        #expect(
            c.briefs("revenue.csv") == [
                duplicate(3, of: 2, "conflicting"),
                duplicate(5, of: 4, "conflicting"),
                duplicate(7, of: 6, "conflicting"),
                duplicate(9, of: 8, "same")
            ])
        #expect(c.diagnostic("revenue.csv", 3, 2)?.value == "2023Q1 当期")
        #expect(c.diagnostic("revenue.csv", 5, 2)?.value == "2023年前三季度 累计")
        #expect(c.diagnostic("revenue.csv", 7, 2)?.value == "2023年1-3月 累计")
        #expect(c.counts("revenue.csv") == [8, 4, 4, 4, 0])
        let a = USCC(uncheckedCode: Codes.a)
        #expect(
            c.dataset.revenue == [
                RevenueFact(enterprise: a, period: .quarter(2023, 1)!, basis: .period, revenue: .wan(100)),
                RevenueFact(enterprise: a, period: .month(2023, 9)!, basis: .cumulative, revenue: .wan(300)),
                RevenueFact(enterprise: a, period: .quarter(2023, 1)!, basis: .cumulative, revenue: .wan(100)),
                RevenueFact(enterprise: a, period: .quarter(2023, 2)!, basis: .period, revenue: .wan(100))
            ])
        #expect(c.report.exitStatus == 65)
    }
}
