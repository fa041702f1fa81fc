import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

@Suite struct AssessmentTests {
    static func scalePlan(_ target: String, comparison: Target.Comparison, value: Rational) -> Plan {
        Plan(
            id: "p", title: "t", baseline: 2020, deadline: 2023,
            indicators: [
                Indicator(
                    id: "scale", name: "规模", measure: .sum(.scale, EnterpriseFilter()), unit: .yi,
                    target: Target(value: value, comparison: comparison, year: 2023, text: target))
            ])
    }

    /// Seven firms whose 2023 revenues add up to exactly 250亿 in awkward fen amounts (each
    /// a third of something), where a Double sum would drift.
    static let boundary: Dataset = {
        let total: Int64 = 2_500_000_000_000  // 250亿 in 分
        var parts: [Int64] = [
            333_333_333_333, 333_333_333_333, 333_333_333_334, 100_000_000_001, 99_999_999_999, 700_000_000_000
        ]
        parts.append(total - parts.reduce(0, +))
        let firms = (0..<7).map { Tiny.firm($0) }
        var rows: [(Int, Int, Int64)] = parts.enumerated().map { ($0.offset, 2023, $0.element) }
        rows += (0..<7).map { ($0, 2020, 180_000_000_000) }  // 126亿 base
        return Dataset(enterprises: firms, revenue: Tiny.yearly(rows))
    }()

    @Test func exactlyTwoHundredFiftyYiMeetsAtLeastButNotMoreThan() {
        let index = DatasetIndex(Self.boundary)
        let atLeast = PlanAssessor(
            plan: Self.scalePlan(">= 250亿", comparison: .atLeast, value: Rational(Amount.yi(250))), index: index
        )
        .assess(at: .yearEnd(2023)).indicators[0]
        #expect(atLeast.reading.level == .exact(Rational(Amount.yi(250))))
        #expect(atLeast.status == .targetAchieved)
        #expect(atLeast.targetMet == true)
        let moreThan = PlanAssessor(
            plan: Self.scalePlan("> 250亿", comparison: .moreThan, value: Rational(Amount.yi(250))), index: index
        )
        .assess(at: .yearEnd(2023)).indicators[0]
        #expect(moreThan.status != .targetAchieved)
        #expect(moreThan.targetMet == false)
    }

    @Test func growthRateTargetIsAssessedAsTheLevelItImplies() {
        // Base 2020: 125亿; "> 25%" a year to 2023 implies 125 × 1.25³ = 244.140625亿, exactly.
        let firms = [Tiny.firm(1)]
        let data = Dataset(
            enterprises: firms, revenue: Tiny.yearly([(1, 2020, 1_250_000_000_000), (1, 2023, 2_441_406_250_000)]))
        let plan = Plan(
            id: "p", title: "t", baseline: 2020, deadline: 2023,
            indicators: [
                Indicator(id: "scale", name: "规模", measure: .sum(.scale, EnterpriseFilter()), unit: .yi),
                Indicator(
                    id: "cagr", name: "增速", measure: .cagr(.indicator("scale"), fromYear: nil), unit: .percent,
                    target: Target(
                        value: Rational(1, 4), comparison: .atLeast, year: 2023, isGrowthRate: true, text: ">= 25%"))
            ])
        let a = PlanAssessor(plan: plan, index: DatasetIndex(data)).assess(at: .yearEnd(2023)).indicators[1]
        #expect(a.targetLevel == .exact(Rational(2_441_406_250_000)))
        #expect(a.levelUnit == .yi)
        #expect(a.status == .targetAchieved)  // exactly the implied level meets "≥"
        #expect(abs(a.observedRate! - 0.25) < 1e-12)
    }

    @Test func scaleAssessmentAgainstHandComputation() {
        // Base 2020 100亿, 2022 144亿, target 250亿 by 2023 (higher is better).
        // observed CAGR = (1.44)^(1/2) − 1 = 20%; required CAGR base→target = 2.5^(1/3) − 1 = 35.72%;
        // pv = 0.2 / 0.3572088 = 0.5598966 < 0.6 → limited progress, score 4.1667·pv − 2.5 = −0.1670788.
        let data = Dataset(
            enterprises: [Tiny.firm(1)],
            revenue: Tiny.yearly([
                (1, 2020, 1_000_000_000_000), (1, 2021, 1_200_000_000_000), (1, 2022, 1_440_000_000_000)
            ]))
        let plan = Self.scalePlan("> 250亿", comparison: .moreThan, value: Rational(Amount.yi(250)))
        let a = PlanAssessor(plan: plan, index: DatasetIndex(data)).assess(at: .yearEnd(2022)).indicators[0]
        #expect(abs(a.observedCAGR! - 0.2) < 1e-12)
        #expect(abs(a.result.value! - 0.5598966) < 1e-6)
        #expect(a.status == .limitedProgress)
        #expect(abs(a.result.score! - -0.1670788) < 1e-6)
        // Required from now: (250/144)^(1/1) − 1 = 73.61%; completion 144/250 = 57.6%;
        // distance covered (144 − 100)/(250 − 100) = 29.33%.
        #expect(abs(a.requiredCAGR! - 0.736111) < 1e-6)
        #expect(abs(a.completion! - 0.576) < 1e-12)
        #expect(abs(a.distanceCovered! - 0.293333) < 1e-6)
        #expect(a.targetMet == nil)  // before the deadline there is no final result
        #expect(abs(a.planTimeProgress - 2.0 / 3.0) < 1e-12)  // 2020 → 2022 of 2020 → 2023
        // Projection to 2023 on the observed trend: 144 × 1.2 = 172.8亿 (in 分).
        #expect(abs(a.projection! - 1_728_000_000_000) < 1)
    }

    @Test func unsdAndLinearMethods() {
        let data = Dataset(
            enterprises: [Tiny.firm(1)],
            revenue: Tiny.yearly([
                (1, 2020, 1_000_000_000_000), (1, 2021, 1_200_000_000_000), (1, 2022, 1_440_000_000_000)
            ]))
        let plan = Self.scalePlan("> 250亿", comparison: .moreThan, value: Rational(Amount.yi(250)))
        // UNSD: projected 172.8亿, R = (172.8 − 100)/(250 − 100) = 0.485333 → moderate (≥ 0.10).
        let u = PlanAssessor(plan: plan, index: DatasetIndex(data), method: .unsd).assess(at: .yearEnd(2022))
            .indicators[0]
        #expect(abs(u.result.value! - 0.485333) < 1e-6)
        #expect(u.status == .moderateProgress)
        // Linear: average change (144 − 100)/2 = 22亿 a year → 166亿 in 2023; missed by 84亿 of a
        // remaining gap of 106亿 = 79.2% → limited progress.
        let l = PlanAssessor(plan: plan, index: DatasetIndex(data), method: .linear).assess(at: .yearEnd(2022))
            .indicators[0]
        #expect(abs(l.projection! - 1_660_000_000_000) < 1)
        #expect(abs(l.result.value! - 84.0 / 106.0) < 1e-9)
        #expect(l.status == .limitedProgress)
    }

    @Test func countsListTheFirmsAndThePipeline() {
        // Threshold 1亿: exactly 1亿 counts; 0.85亿 is in the pipeline (≥ 80%); 0.79亿 is not.
        let firms = (1...4).map { Tiny.firm($0) }
        let data = Dataset(
            enterprises: firms,
            revenue: Tiny.yearly([
                (1, 2023, 10_000_000_000), (2, 2023, 8_500_000_000), (3, 2023, 7_900_000_000), (4, 2023, 25_000_000_000)
            ]))
        let reading = MeasureEngine(index: DatasetIndex(data)).read(
            .count(EnterpriseFilter(), [.annualRevenueAtLeast(.yi(1))]), at: .yearEnd(2023))
        #expect(reading.level == .exact(Rational(2)))
        #expect(reading.counted.map(\.id) == [Tiny.id(4), Tiny.id(1)])
        #expect(reading.pipeline.map(\.id) == [Tiny.id(2)])
        #expect(abs(reading.pipeline[0].shareOfThreshold! - 0.85) < 1e-12)
        // Read for its level only (a history point), the count is the same and names no firms.
        let level = MeasureEngine(index: DatasetIndex(data)).read(
            .count(EnterpriseFilter(), [.annualRevenueAtLeast(.yi(1))]), at: .yearEnd(2023), lists: false)
        #expect(level.level == .exact(Rational(2)) && level.counted.isEmpty && level.pipeline.isEmpty)
    }

    @Test func ratioWithASeriesDenominatorIsExact() {
        // 250亿 / 2500亿 = exactly 10%: "> 10%" is not met, "≥ 10%" is.
        let data = Dataset(
            enterprises: [Tiny.firm(1)], revenue: Tiny.yearly([(1, 2023, 2_500_000_000_000)]),
            series: [SeriesPoint(series: "national", period: .year(2023)!, value: ExactDecimal("2500")!, unit: "亿元")])
        let r = MeasureEngine(index: DatasetIndex(data)).read(
            .ratio(.sum(.scale, EnterpriseFilter()), .series("national")), at: .yearEnd(2023))
        #expect(r.level == .exact(Rational(1, 10)))
        #expect(r.level!.meets(Target(value: Rational(1, 10), comparison: .atLeast, year: 2023, text: "")))
        #expect(!r.level!.meets(Target(value: Rational(1, 10), comparison: .moreThan, year: 2023, text: "")))
    }

    @Test func defaultPeriodIsTheDeadlineOncePassed() {
        let data = Dataset(
            enterprises: [Tiny.firm(1)],
            revenue: (2020...2025).flatMap { y in
                (1...4).map { q in
                    RevenueFact(enterprise: Tiny.id(1), period: .quarter(y, q)!, basis: .period, revenue: .yi(1))
                }
            })
        let index = DatasetIndex(data)
        let plan = Self.scalePlan("> 250亿", comparison: .moreThan, value: Rational(Amount.yi(250)))
        #expect(PeriodSelection.latestComplete(index) == .quarter(2025, 4))
        #expect(PeriodSelection.defaultPeriod(for: plan, index: index) == .quarter(2023, 4))
        #expect(PeriodSelection.phase(of: plan, at: .quarter(2023, 4)!) == .final)
        let assessed = PlanAssessor(plan: plan, index: index).assess(at: .yearEnd(2023))
        #expect(assessed.indicators[0].later.map(\.period) == [.quarter(2024, 4)!, .quarter(2025, 4)!])
    }
}

@Suite struct StockMeasureTests {
    /// Employees and market caps are read at the period's end: 12 + 30 people, caps 5亿 (firm 2 has none).
    @Test func employeesAndMarketCapAtThePeriodEnd() {
        let facts = [
            RevenueFact(
                enterprise: Tiny.id(1), period: .quarter(2023, 3)!, basis: .period, revenue: .wan(1), marketCap: .yi(5),
                employees: 10),
            RevenueFact(
                enterprise: Tiny.id(1), period: .quarter(2023, 4)!, basis: .period, revenue: .wan(1), marketCap: .yi(5),
                employees: 12),
            RevenueFact(
                enterprise: Tiny.id(2), period: .quarter(2023, 4)!, basis: .period, revenue: .wan(1), employees: 30)
        ]
        let engine = MeasureEngine(
            index: DatasetIndex(Dataset(enterprises: [Tiny.firm(1), Tiny.firm(2)], revenue: facts)))
        #expect(engine.read(.sum(.employees, EnterpriseFilter()), at: .yearEnd(2023)).level == .exact(Rational(42)))
        #expect(
            engine.read(.sum(.marketCap, EnterpriseFilter()), at: .yearEnd(2023)).level
                == .exact(Rational(Amount.yi(5))))
        #expect(engine.read(.sum(.employees, EnterpriseFilter()), at: .quarter(2023, 3)!).level == .exact(Rational(10)))
    }
}

@Suite struct FinalResultTests {
    /// Missed at the 2023 deadline (200亿 < 250亿), crossed in 2024 (300亿): assessed in 2024 the
    /// trend status says achieved, the final result stays "missed".
    @Test func theFinalResultIsTheDeadlines() {
        let data = Dataset(
            enterprises: [Tiny.firm(1)],
            revenue: Tiny.yearly([
                (1, 2020, 1_000_000_000_000), (1, 2021, 1_300_000_000_000), (1, 2022, 1_600_000_000_000),
                (1, 2023, 2_000_000_000_000), (1, 2024, 3_000_000_000_000)
            ]))
        let plan = AssessmentTests.scalePlan(">= 250亿", comparison: .atLeast, value: Rational(Amount.yi(250)))
        let assessor = PlanAssessor(plan: plan, index: DatasetIndex(data))
        let later = assessor.assess(at: .yearEnd(2024)).indicators[0]
        #expect(later.status == .targetAchieved)
        #expect(later.targetMet == false)
        #expect(assessor.assess(at: .yearEnd(2023)).indicators[0].targetMet == false)
        #expect(assessor.assess(at: .yearEnd(2022)).indicators[0].targetMet == nil)
    }
}
