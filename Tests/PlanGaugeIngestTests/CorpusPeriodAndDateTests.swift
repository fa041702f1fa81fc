import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Corpus: period labels and dates that name no real period or day.
@Suite struct CorpusPeriodAndDateTests {
    /// Line 2 (2023Q1) is fine; every other label is rejected in the period column (2).
    @Test func malformedPeriods() throws {
        let c = try Corpus("malformed-periods")
        let labels = [
            "2023Q0", "2023Q5",  // quarters 1–4 only
            "2023年13月",  // month 13
            "2023年2-5月",  // a range not starting in January is no statistic
            "23Q1",  // a two-digit year
            "2023-13",  // month 13, compact
            "2023H3",  // halves 1–2 only
            "前三季度",  // year-to-date without its year
            "2023年第五季度",  // a fifth quarter
            "2023年1-13月",  // a range past December
            "202301",  // YYYYMM run together: year 2023 plus a stray digit
            "Q1 2023",  // year last
            "2023年十三月",  // month 13 in Chinese numerals
            "2023年0月"  // month 0
        ]
        #expect(c.briefs() == (3...16).map { "revenue.csv:\($0):2: error: period: not a period" })
        for (i, label) in labels.enumerated() {
            #expect(c.diagnostic("revenue.csv", i + 3, 2)?.value == label)
            #expect(c.diagnostic("revenue.csv", i + 3, 2)?.expected == PeriodLabel.expectedForms)
        }
        #expect(c.counts("revenue.csv") == [15, 1, 14, 14, 0])
        #expect(c.dataset.revenue.map(\.period) == [.quarter(2023, 1)!])
        #expect(c.report.exitStatus == 65)
    }

    /// Statistical tables write year-to-date as 9月累计 (本月止累计) as often as 1-9月. The word 累计
    /// makes any label cumulative: 2023年3月累计 is 1-3月, 上半年累计 is 1-6月, 9月累计 is the same
    /// fact as 1-9月 (line 6 repeats line 5), and 三季度累计 on a row marked 当期 contradicts itself.
    @Test func cumulativeWordInTheLabel() throws {
        let c = try Corpus("cumulative-word-in-label")
        #expect(
            c.briefs() == [
                "revenue.csv:4:3: error: basis: the period label is 累计 by itself but the row says 当期",
                "revenue.csv:6:2: error: period: duplicate of line 5 for this enterprise, period and 口径 (same values)"
            ])
        #expect(c.counts("revenue.csv") == [5, 3, 2, 2, 0])
        let a = USCC(uncheckedCode: Codes.a)
        #expect(
            c.dataset.revenue == [
                RevenueFact(enterprise: a, period: .month(2023, 3)!, basis: .cumulative, revenue: .wan(100)),
                RevenueFact(enterprise: a, period: .half(2023, 1)!, basis: .cumulative, revenue: .wan(250)),
                RevenueFact(enterprise: a, period: .month(2023, 9)!, basis: .cumulative, revenue: .wan(400))
            ])
        #expect(c.report.exitStatus == 65)
    }

    /// 成立日期 typed by hand: 30 February, month 13 (with slashes and run together), a two-digit
    /// year. An enterprise rejected for its date also fails its revenue rows, which point back to it.
    @Test func malformedDates() throws {
        let c = try Corpus("malformed-dates")
        #expect(
            c.briefs("enterprises.csv") == [
                "enterprises.csv:3:3: error: founded: no such day",  // 2021-02-30
                "enterprises.csv:4:3: error: founded: no such day",  // 2021/13/01
                "enterprises.csv:5:3: error: founded: no such day",  // 20211301
                "enterprises.csv:6:3: error: founded: not a date"  // 21-12-16
            ])
        #expect(c.diagnostic("enterprises.csv", 6, 3)?.value == "21-12-16")
        #expect(c.diagnostic("enterprises.csv", 6, 3)?.expected == DateCell.expected)
        #expect(c.counts("enterprises.csv") == [5, 1, 4, 4, 0])
        #expect(
            c.briefs("revenue.csv") == [
                "revenue.csv:3:1: error: id: enterprise was rejected in enterprises.csv (line 3); fix it there"
            ])
        #expect(c.counts("revenue.csv") == [2, 1, 1, 1, 0])
        #expect(c.dataset.enterprises.map(\.founded) == [CalendarDate(year: 2015, month: 3, day: 2)])
        #expect(c.report.exitStatus == 65)
    }

    /// milestones.csv with dates a person typed: 30 February, a word, nothing, "no data", and
    /// 29 February of a year that is not a leap year (2023). The date is required.
    @Test func milestonesWithBadDates() throws {
        let c = try Corpus("milestones-bad-date")
        #expect(
            c.briefs() == [
                "milestones.csv:3:3: error: date: no such day",
                "milestones.csv:4:3: error: date: not a date",
                "milestones.csv:5:3: error: date: required value is empty",
                "milestones.csv:6:3: error: date: required date is missing",
                "milestones.csv:7:3: error: date: no such day"
            ])
        #expect(c.diagnostic("milestones.csv", 4, 3)?.value == "明年")
        #expect(c.counts("milestones.csv") == [6, 1, 5, 5, 0])
        #expect(
            c.dataset.milestones == [
                Milestone(
                    kind: "national_park", name: "临港国家级园区认定",
                    date: CalendarDate(year: 2021, month: 12, day: 16)!)
            ])
        #expect(c.report.exitStatus == 65)
    }
}
