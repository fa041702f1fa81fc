import Testing
@testable import PlanGaugeModel

/// Period labels as offices write them (PlanGaugeAnalytics.docc, PeriodsAndBases).
@Suite struct PeriodLabelTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let period: Period
        let implied: Basis?
        var testDescription: String { text }
    }

    static func q(_ n: Int) -> Period { .quarter(2023, n)! }
    static func m(_ n: Int) -> Period { .month(2023, n)! }

    /// Every form listed in PeriodsAndBases. Only ranges from January and 前N季度 say 累计 by themselves.
    static let domainForms: [Case] = [
        Case(text: "2023Q1", period: q(1), implied: nil),
        Case(text: "2023-Q1", period: q(1), implied: nil),
        Case(text: "2023年一季度", period: q(1), implied: nil),
        Case(text: "2023年第1季度", period: q(1), implied: nil),
        Case(text: "2023-03", period: m(3), implied: nil),
        Case(text: "2023年3月", period: m(3), implied: nil),
        Case(text: "2023年1-3月", period: m(3), implied: .cumulative),
        Case(text: "2023年1—7月份", period: m(7), implied: .cumulative),  // em dash
        Case(text: "2023年1~7月", period: m(7), implied: .cumulative),
        Case(text: "2023年1-2月", period: m(2), implied: .cumulative),  // Jan–Feb published together
        Case(text: "2023年上半年", period: .half(2023, 1)!, implied: nil),
        Case(text: "2023年前三季度", period: q(3), implied: .cumulative),
        Case(text: "2023", period: .year(2023)!, implied: nil),
        Case(text: "2023年", period: .year(2023)!, implied: nil)
    ]

    /// Variants seen beside them.
    static let otherForms: [Case] = [
        Case(text: "2023H2", period: .half(2023, 2)!, implied: nil),
        Case(text: "2023年下半年", period: .half(2023, 2)!, implied: nil),
        Case(text: "2023年第四季度", period: q(4), implied: nil),
        Case(text: "2023年4季度", period: q(4), implied: nil),
        Case(text: "2023年十二月", period: m(12), implied: nil),
        Case(text: "2023年十月", period: m(10), implied: nil),
        Case(text: "2023年12月份", period: m(12), implied: nil),
        Case(text: "2023年03月", period: m(3), implied: nil),
        Case(text: "2023/03", period: m(3), implied: nil),
        Case(text: "2023.3", period: m(3), implied: nil),
        Case(text: "2023M03", period: m(3), implied: nil),
        Case(text: "２０２３年３月", period: m(3), implied: nil),  // full-width digits
        Case(text: " 2023 年 3 月 ", period: m(3), implied: nil),
        Case(text: "2023年1-9月累计", period: m(9), implied: .cumulative),
        Case(text: "2023年1至9月", period: m(9), implied: .cumulative),
        Case(text: "2023年1–7月", period: m(7), implied: .cumulative),  // en dash
        Case(text: "2023年1——7月", period: m(7), implied: .cumulative),  // doubled em dash
        Case(text: "2023年1～7月", period: m(7), implied: .cumulative),  // full-width tilde
        Case(text: "2023年1-12月", period: m(12), implied: .cumulative),
        Case(text: "2023年1-3季度", period: q(3), implied: .cumulative),
        Case(text: "2023年前3季度", period: q(3), implied: .cumulative),
        Case(text: "2023年全年", period: .year(2023)!, implied: nil),
        Case(text: "2023年度", period: .year(2023)!, implied: nil)
    ]

    @Test(arguments: domainForms + otherForms)
    func parses(_ c: Case) {
        let label = PeriodLabel(c.text)
        #expect(label?.period == c.period)
        #expect(label?.impliedBasis == c.implied)
    }

    @Test(arguments: [
        "2023Q5", "2023Q0", "2023Q12", "2023H3", "2023年13月", "2023-13", "2023-00", "2023年0月",
        "2023年2-5月",  // a range not from January is no published statistic
        "2023年1-13月", "2023年五季度", "2023年前五季度", "2023年1-3", "2023年3月4日",
        "garbage", "", "Q1 2023", "2023Q", "20231", "999", "2023年中", "二〇二三年"
    ])
    func rejects(_ text: String) {
        #expect(PeriodLabel(text) == nil)
    }

    @Test func cumulativeLabelsOfTheSameMonthDifferOnlyInSpelling() {
        // 1-9月 is a month label, 前三季度 a quarter one; both are 累计 through September.
        let a = PeriodLabel("2023年1-9月")!, b = PeriodLabel("2023年前三季度")!
        #expect(a.period.lastMonth == 9 && b.period.lastMonth == 9)
        #expect(a.impliedBasis == .cumulative && b.impliedBasis == .cumulative)
    }

    @Test func expectedFormsNameTheMainSpellings() {
        for form in ["2023Q1", "2023-03", "2023年1-3月", "2023年前三季度"] {
            #expect(PeriodLabel.expectedForms.contains(form))
        }
    }
}

@Suite struct PeriodLabelSuffixTests {
    /// 份 and 累计 may both follow a year-to-date range, in that order.
    @Test func monthsWithBothSuffixes() {
        let label = PeriodLabel("2023年1-9月份累计")
        #expect(label?.period == Period.month(2023, 9))
        #expect(label?.impliedBasis == .cumulative)
    }
}
