import Testing
@testable import PlanGaugeAnalytics
import PlanGaugeModel

/// Cases a new user met where a figure was confidently wrong: a strict target sitting on the value,
/// lower-is-better completion, a tag no firm carries, a part-year level at the data's start, tags
/// shown after their term, and a park written by its name.
@Suite struct TargetEdgeTests {
    static func point(_ series: String, _ period: Period, _ value: String) -> SeriesPoint {
        SeriesPoint(series: series, period: period, value: ExactDecimal(value)!)
    }

    static func indicator(_ id: String, _ measure: Measure, _ unit: IndicatorUnit, _ target: Target) -> Indicator {
        Indicator(
            id: id, name: id, measure: measure, unit: unit, direction: target.comparison == .atMost ? .lower : .higher,
            target: target)
    }

    /// Assessed at 2024Q3 with a 2024 deadline: a quarter left, so what remains is said, not a rate.
    static func assess(_ data: Dataset, _ indicators: [Indicator]) -> [IndicatorAssessment] {
        let plan = Plan(id: "p", title: "p", baseline: 2020, deadline: 2024, indicators: indicators)
        return PlanAssessor(plan: plan, index: DatasetIndex(data)).assess(at: .quarter(2024, 3)!).indicators
    }

    static var fourFirms: Dataset {
        let facts = (1...4).flatMap { n in [(n, 2020, Int64(100)), (n, 2023, Int64(100))] }
        var data = Dataset(
            enterprises: (1...4).map { Tiny.firm($0) },
            revenue: Tiny.yearly(facts)
                + (1...4).map {
                    RevenueFact(
                        enterprise: Tiny.id($0), period: .quarter(2024, 3)!, basis: .cumulative,
                        revenue: Amount(fen: 100))
                })
        data.series = [
            Self.point("share", .year(2020)!, "50"), Self.point("share", .quarter(2024, 3)!, "46.3"),
            Self.point("rank", .year(2020)!, "15"), Self.point("rank", .quarter(2024, 3)!, "9")
        ]
        return data
    }

    @Test func aStrictTargetOnTheValueIsNotReached() {
        // 超过4家 with 4 firms: one more is needed, and the status is not 已完成目标.
        let a = Self.assess(
            Self.fourFirms,
            [
                Self.indicator(
                    "n", .count(EnterpriseFilter(), []), .firms,
                    Target(value: Rational(4), comparison: .moreThan, year: 2024, text: "超过4家"))
            ])[0]
        #expect(a.reading.level?.doubleValue == 4)
        #expect(a.remainingToTarget == 1)
        #expect(a.status != .targetAchieved)
    }

    @Test func lowerIsBetterCompletionAndRemaining() {
        let a = Self.assess(
            Self.fourFirms,
            [
                Self.indicator(
                    "share", .series("share"), .number,
                    Target(value: Rational(40), comparison: .atMost, year: 2024, text: "不超过40")),
                Self.indicator(
                    "rank", .series("rank"), .rank,
                    Target(value: Rational(10), comparison: .atMost, year: 2024, text: "前10位"))
            ])
        // 46.3 against ≤ 40: 40 / 46.3 = 86.39% done, 6.3 still to take away.
        #expect(abs((a[0].completion ?? 0) - 40 / 46.3) < 1e-12)
        #expect(abs((a[0].remainingToTarget ?? 0) - 6.3) < 1e-9)
        // 第9位 against 前10位: met, 10 / 9 = 111.1%, nothing remains.
        #expect(abs((a[1].completion ?? 0) - 10.0 / 9) < 1e-12)
        #expect(a[1].remainingToTarget == 0)
        #expect(a[1].status == .targetAchieved)
    }

    @Test func aTagNoFirmCarriesIsNotAvailableNotZero() {
        let engine = MeasureEngine(index: DatasetIndex(Self.fourFirms))
        #expect(engine.read(.count(EnterpriseFilter(), [.tag("小巨人企业")]), at: .yearEnd(2023)).level == nil)
        #expect(engine.read(.sum(.revenue, EnterpriseFilter(tags: ["小巨人企业"])), at: .yearEnd(2023)).level == nil)
    }

    @Test func noTwelveMonthLevelWithinTheDataFirstYear() {
        // One firm reporting 当期 quarters of 2020 from January, 100 分 each: at 2020Q3 the year to
        // date is 300 and there is no twelve-month level (it would be three quarters); at 2020Q4, 400.
        let facts = (1...4).map {
            RevenueFact(enterprise: Tiny.id(1), period: .quarter(2020, $0)!, basis: .period, revenue: Amount(fen: 100))
        }
        let engine = MeasureEngine(index: DatasetIndex(Dataset(enterprises: [Tiny.firm(1)], revenue: facts)))
        let q3 = engine.read(.sum(.revenue, EnterpriseFilter()), at: .quarter(2020, 3)!)
        #expect(q3.level == nil)
        #expect(q3.yearToDate?.doubleValue == 300)
        #expect(engine.read(.sum(.revenue, EnterpriseFilter()), at: .quarter(2020, 4)!).level?.doubleValue == 400)
    }

    @Test func tagsShownAtAPeriodAreThoseThatHeldThen() {
        var f = Tiny.firm(1, tags: ["小巨人", "上市"])
        f.tagSpans = [
            TagSpan(
                tag: "小巨人", from: CalendarDate(year: 2019, month: 8, day: 1),
                to: CalendarDate(year: 2022, month: 7, day: 31))
        ]
        #expect(f.tags(atEndOf: .quarter(2022, 2)!) == ["小巨人", "上市"])
        #expect(f.tags(atEndOf: .quarter(2025, 3)!) == ["上市"])
    }

    @Test func aParkWrittenByItsNameIsThatPark() {
        let parks = [Park(id: "park-0fdb72a0", name: "天府软件园"), Park(id: "park-e3f63513", name: "高新孵化园")]
        let plan = Plan(
            id: "p", title: "p", scope: "天府软件园", baseline: 2020, deadline: 2024,
            indicators: [
                Self.indicator(
                    "s", .sum(.revenue, EnterpriseFilter(parks: ["天府软件园"])), .yi,
                    Target(value: Rational(1), comparison: .atLeast, year: 2024, text: "1")),
                Self.indicator(
                    "k", .parkStat(park: "高新孵化园", field: .revenue), .yi,
                    Target(value: Rational(1), comparison: .atLeast, year: 2024, text: "1"))
            ]
        ).resolvingParkNames(parks)
        #expect(plan.scope == "park-0fdb72a0")
        #expect(plan.indicators[0].measure == .sum(.revenue, EnterpriseFilter(parks: ["park-0fdb72a0"])))
        #expect(plan.indicators[1].measure == .parkStat(park: "park-e3f63513", field: .revenue))
    }
}
