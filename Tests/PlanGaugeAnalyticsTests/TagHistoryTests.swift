import Testing
@testable import PlanGaugeAnalytics
import PlanGaugeModel

/// Counts of tagged firms at a period use the tags that held on its last day; undated tags are
/// today's tags and are flagged when counted at an earlier period.
@Suite struct TagHistoryTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    /// Four firms reporting every year 2019–2024:
    /// 1: 小巨人 since 2021-07-15; 2: 小巨人 2019-08-01 to 2022-07-31 (its term ran out);
    /// 3: 小巨人 with no date; 4: no tag.
    static var data: Dataset {
        var f1 = Tiny.firm(1, tags: ["小巨人"]), f2 = Tiny.firm(2, tags: ["小巨人"])
        f1.tagSpans = [TagSpan(tag: "小巨人", from: day(2021, 7, 15), to: nil)]
        f2.tagSpans = [TagSpan(tag: "小巨人", from: day(2019, 8, 1), to: day(2022, 7, 31))]
        let firms = [f1, f2, Tiny.firm(3, tags: ["小巨人"]), Tiny.firm(4)]
        let facts = (1...4).flatMap { n in (2019...2024).map { (n, $0, Int64(100_000_000)) } }
        return Dataset(enterprises: firms, revenue: Tiny.yearly(facts))
    }

    @Test func countsUseTheTagsThatHeldAtEachYearEnd() {
        let engine = MeasureEngine(index: DatasetIndex(Self.data))
        let measure = Measure.count(EnterpriseFilter(), [.tag("小巨人")])
        // Year ends: 2019 → 2 (firm 2 from August, firm 3 undated); 2020 → 2; 2021 → 3 (firm 1 from
        // July); 2022 → 2 (firm 2's term ended 31 July); 2023, 2024 → 2.
        let expected = [2019: 2, 2020: 2, 2021: 3, 2022: 2, 2023: 2, 2024: 2]
        for (year, n) in expected {
            #expect(engine.read(measure, at: .yearEnd(year)).level?.doubleValue == Double(n), "year \(year)")
        }
    }

    @Test func aTermIncludesItsLastDay() {
        var f = Tiny.firm(1, tags: ["专精特新"])
        f.tagSpans = [TagSpan(tag: "专精特新", from: Self.day(2020, 1, 1), to: Self.day(2022, 12, 31))]
        #expect(f.hasTag("专精特新", atEndOf: .yearEnd(2022)))
        #expect(!f.hasTag("专精特新", atEndOf: .quarter(2023, 1)!))
        #expect(!f.hasTag("专精特新", atEndOf: .quarter(2019, 4)!))
    }

    @Test func undatedTagsAreFlaggedBeforeTheLatestPeriodOnly() {
        let engine = MeasureEngine(index: DatasetIndex(Self.data))
        let measure = Measure.count(EnterpriseFilter(), [.tag("小巨人")])
        #expect(engine.read(measure, at: .yearEnd(2020)).backdatedTags == ["小巨人"])
        #expect(engine.read(measure, at: .yearEnd(2024)).backdatedTags.isEmpty)  // the data's latest period
    }

    @Test func fullyDatedTagsAreNotFlagged() {
        var data = Self.data
        data.enterprises.remove(at: 2)  // firm 3, the undated one
        let engine = MeasureEngine(index: DatasetIndex(data))
        let r = engine.read(.count(EnterpriseFilter(), [.tag("小巨人")]), at: .yearEnd(2020))
        #expect(r.level?.doubleValue == 1)  // firm 2 only
        #expect(r.backdatedTags.isEmpty)
    }

    @Test func aTagFilterOnASumUsesTheTagsAtThePeriod() {
        let engine = MeasureEngine(index: DatasetIndex(Self.data))
        let sum = Measure.sum(.revenue, EnterpriseFilter(tags: ["小巨人"]))
        // Each firm has 100万元 (100,000,000 分) a year. 2021: firms 1, 2, 3; 2023: firms 1 and 3.
        #expect(engine.read(sum, at: .yearEnd(2021)).level?.doubleValue == 300_000_000)
        #expect(engine.read(sum, at: .yearEnd(2023)).level?.doubleValue == 200_000_000)
    }

    @Test func aPlanCountingFromItsBaselineShowsProgress() {
        // 培育小巨人: baseline 2020 (2 firms: 2 and 3), target 4 by 2024. Undated firm 3 makes
        // the assessment say it counted today's tag in the past.
        let plan = Plan(
            id: "t", title: "t", baseline: 2020, deadline: 2024,
            indicators: [
                Indicator(
                    id: "giants", name: "小巨人企业", measure: .count(EnterpriseFilter(), [.tag("小巨人")]), unit: .firms,
                    target: Target(value: Rational(4), comparison: .atLeast, year: 2024, text: ">= 4"))
            ])
        let a = PlanAssessor(plan: plan, index: DatasetIndex(Self.data)).assess(at: .yearEnd(2023)).indicators[0]
        #expect(a.baseline?.doubleValue == 2)
        #expect(a.reading.level?.doubleValue == 2)
        #expect(a.reading.backdatedTags == ["小巨人"])
    }
}
