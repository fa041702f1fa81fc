import Foundation
import PlanGaugeModel
import PlanGaugeSystem

/// Assesses every indicator of a plan at a period.
public struct PlanAssessor: Sendable {
    /// The plan, with park names in its filters resolved to park ids.
    public let plan: Plan
    /// The indexed dataset the plan is measured on.
    public let index: DatasetIndex
    /// The engine reading the plan's measures (it knows the plan's indicators and baseline year).
    public let engine: MeasureEngine
    /// Overrides every indicator's method (`--method`).
    public var methodOverride: AssessmentMethod?

    /// An assessor of `plan` on `index`; `method` overrides every indicator's method.
    public init(plan: Plan, index: DatasetIndex, method: AssessmentMethod? = nil) {
        let plan = plan.resolvingParkNames(index.dataset.parks)
        self.plan = plan
        self.index = index
        self.engine = MeasureEngine(index: index, plan: plan)
        self.methodOverride = method
    }

    /// Every indicator assessed at `period`, in plan order, with the plan's phase then and the latest complete period.
    public func assess(at period: Period) -> PlanAssessment {
        let latest = PeriodSelection.latestComplete(index)
        // Indicators are independent readings of one index: each on any core, in the plan's order.
        let indicators = mapConcurrently(plan.indicators) { indicator in
            var a = assess(indicator, at: period)
            if let latest, latest > period { a.later = later(a, after: period, until: latest) }
            return a
        }
        return PlanAssessment(
            plan: plan, period: period, latestPeriod: latest,
            phase: PeriodSelection.phase(of: plan, at: period), indicators: indicators)
    }

    /// Year ends after `period`, and the latest period itself when it is not a year end.
    private func later(_ a: IndicatorAssessment, after period: Period, until latest: Period) -> [HistoryPoint] {
        var measure = a.indicator.measure
        if case .cagr(let inner, _) = measure { measure = inner }
        var points: [HistoryPoint] = []
        for year in (period.year + 1)...max(period.year + 1, latest.year) {
            let at = year == latest.year ? latest : Period.yearEnd(year)
            guard at > period, at <= latest else { continue }
            if let v = engine.read(measure, at: at, lists: false).level?.doubleValue {
                points.append(HistoryPoint(period: at, value: v))
            }
        }
        return points
    }

    /// The indicator assessed at `p`; `assess(_:at:)` adds the reason when it is not available.
    func assessed(_ indicator: Indicator, at p: Period) -> IndicatorAssessment {
        let method = methodOverride ?? indicator.method ?? plan.method
        let baseYear = indicator.baseline ?? plan.baseline
        let target = indicator.target
        let targetYear = target?.year ?? plan.deadline

        // A growth-rate target is assessed on the level it implies; the rate is shown beside it.
        var levelMeasure = indicator.measure
        var observedRate: Double?
        if case .cagr(let inner, _) = indicator.measure {
            levelMeasure = inner
            observedRate = engine.read(indicator.measure, at: p, lists: false).level?.doubleValue
        }
        var reading = engine.read(levelMeasure, at: p)
        // The plan's own candidate rule replaces the default near-threshold pipeline.
        if let rule = indicator.pipeline { reading.pipeline = engine.pipeline(rule, of: levelMeasure, at: p) }
        let baseReading = engine.read(levelMeasure, at: .yearEnd(baseYear), lists: false)
        let baseline = baseReading.level
        // The baseline counted with today's tags is as much a back-dating as the current figure.
        reading.backdatedTags = MeasureReading.union(reading.backdatedTags, baseReading.backdatedTags)
        let targetLevel = Self.targetLevel(target, baseline: baseline, from: baseYear, to: targetYear)

        var a = IndicatorAssessment(
            indicator: indicator, period: p, method: method, levelUnit: levelUnit(of: indicator), reading: reading,
            observedRate: observedRate,
            baselineYear: baseYear, baseline: baseline, targetLevel: targetLevel,
            targetYear: target == nil ? nil : targetYear,
            calendarTimeProgress: Double(p.lastMonth) / 12, result: .notAvailable, history: [])
        a.history = history(levelMeasure, from: baseYear, to: p, backdatedTags: &a.reading.backdatedTags)
        a.planTimeProgress = min(1, max(0, (p.endTime - Double(baseYear)) / Double(max(1, targetYear - baseYear))))
        guard let current = reading.level else { return a }
        let v = current.doubleValue
        // A series' latest figure is as of its own date: growth, progress and status run to then.
        let t1 = (reading.observedAt ?? p).endTime, t0 = Double(baseYear), tT = Double(targetYear)

        if let b = baseline?.doubleValue {
            a.observedCAGR = Growth.cagr(from: b, to: v, years: t1 - t0)
        }
        if let tl = targetLevel {
            Self.addTargetProgress(
                to: &a, current: current, baseline: baseline, targetLevel: tl, target!, t1: t1, tT: tT)
        }
        if reading.isFlow, let share = seasonalTimeProgress(levelMeasure, at: p) { a.seasonalTimeProgress = share }
        let met = targetLevel.map { tl in Self.meets(current, tl, target!) } ?? false
        if let tl = targetLevel, t1 >= tT {
            // The final result is the level at the deadline, even when assessed later.
            if t1 == tT {
                a.targetMet = met
            } else if let atDeadline = engine.read(levelMeasure, at: .yearEnd(targetYear), lists: false).level {
                a.targetMet = Self.meets(atDeadline, tl, target!)
            }
        }
        project(
            &a, by: method, levelMeasure, at: p, current: v, baseline: baseline?.doubleValue,
            targetLevel: targetLevel?.doubleValue, times: (t0, t1, tT), targetMet: met)
        return a
    }

    /// The level a target asks for by its year: its value, or for a growth rate the baseline grown
    /// at that rate from `baseYear` (exact when the baseline is); nil without a target or baseline.
    private static func targetLevel(_ target: Target?, baseline: Quantity?, from baseYear: Int, to targetYear: Int)
        -> Quantity?
    {
        guard let target else { return nil }
        guard target.isGrowthRate else { return .exact(target.value) }
        if let b = baseline?.exactValue {
            let rate = target.value
            return .exact(b * (Rational.one + rate).power(targetYear - baseYear))
        } else if let b = baseline {
            return .approximate(b.doubleValue * pow(1 + target.value.doubleValue, Double(targetYear - baseYear)))
        }
        return nil
    }

    /// Completion, distance covered, annual completion, and what the rest of the period must
    /// deliver, of `a` against its target level `tl`, at `t1` with the deadline at `tT`.
    private static func addTargetProgress(
        to a: inout IndicatorAssessment, current: Quantity, baseline: Quantity?, targetLevel tl: Quantity,
        _ target: Target, t1: Double, tT: Double
    ) {
        let v = current.doubleValue
        let lowerIsBetter = a.indicator.direction == .lower
        // For a lower-is-better target (a rank, a share to bring down) completion is target over
        // current: 第9位 against 前10位 is 111%, 46.3% against 不超过40% is 86%.
        a.completion = (lowerIsBetter ? tl / current : current / tl)?.doubleValue
        if let b = baseline, tl.doubleValue != b.doubleValue {
            a.distanceCovered = (v - b.doubleValue) / (tl.doubleValue - b.doubleValue)
        }
        if a.reading.isFlow, let ytd = a.reading.yearToDate { a.annualCompletion = (ytd / tl)?.doubleValue }
        // Near the deadline an annual rate explodes (需年均增速 1475559.4%): say what the rest of
        // the period must deliver instead.
        if tT - t1 >= 1 {
            a.requiredCAGR = Growth.cagr(from: v, to: tl.doubleValue, years: tT - t1)
        } else if tT > t1 {
            a.remainingToTarget = remaining(
                current, to: tl, target, lowerIsBetter: lowerIsBetter, unit: a.indicator.unit)
        }
    }

    /// A flow's year to date last year at this month as a share of last year's whole.
    private func seasonalTimeProgress(_ levelMeasure: Measure, at p: Period) -> Double? {
        let lastYear = engine.read(levelMeasure, at: Period.month(p.year - 1, p.lastMonth)!, lists: false)
        let lastFull = engine.read(levelMeasure, at: .yearEnd(p.year - 1), lists: false)
        if let part = lastYear.yearToDate?.doubleValue, let whole = lastFull.yearToDate?.doubleValue, whole != 0 {
            return part / whole
        }
        return nil
    }

    /// The projection and result of `a` by `method`: current value `v` at t1, from the baseline `b`
    /// at t0 towards the target level at tT.
    private func project(
        _ a: inout IndicatorAssessment, by method: AssessmentMethod, _ levelMeasure: Measure, at p: Period,
        current v: Double, baseline: Double?, targetLevel: Double?, times: (t0: Double, t1: Double, tT: Double),
        targetMet met: Bool
    ) {
        let (t0, t1, tT) = times
        let indicator = a.indicator
        switch method {
        case .statcan:
            guard let b = baseline else { break }
            let isCount = [.firms, .items].contains(indicator.unit)
            if let tl = targetLevel, b == 0 || (isCount && abs(b) < StatCanMethod.smallCount) {
                a.result = StatCanMethod.assessDistance(
                    base: b, baseTime: t0, current: v, currentTime: t1, target: tl,
                    targetTime: tT, targetMet: met)
                a.projection = b + (v - b) / max(1e-9, (t1 - t0)) * (tT - t0)
                break
            }
            a.result = StatCanMethod.assess(
                .init(
                    base: b, baseTime: t0, current: v, currentTime: t1, target: targetLevel,
                    targetTime: targetLevel == nil ? nil : tT, direction: indicator.direction,
                    limit: indicator.limit?.doubleValue, targetMet: met))
            a.projection = a.observedCAGR.map { v * pow(1 + $0, max(0, tT - t1)) }
        case .unsd:
            guard let b = baseline, let tl = targetLevel else { break }
            let projected = a.observedCAGR.map { v * pow(1 + $0, max(0, tT - t1)) } ?? v
            a.projection = projected
            a.result = UNSDMethod.assess(base: b, projected: projected, target: tl, targetMet: met)
        case .linear:
            guard let tl = targetLevel else { break }
            // Average yearly change over up to five years before the period.
            var change: Double?
            for k in stride(from: 5, through: 1, by: -1) {
                let earlier = Period(year: p.year - k, unit: p.unit, index: p.index).map {
                    engine.read(levelMeasure, at: $0, lists: false)
                }
                if let e = earlier?.level?.doubleValue { change = (v - e) / Double(k); break }
            }
            guard let change else { break }
            a.projection = v + change * max(0, tT - t1)
            a.result = LinearMethod.assess(
                current: v, averageChange: change, yearsLeft: tT - t1, target: tl,
                direction: indicator.direction, targetMet: met)
        }
    }

    /// The unit a measure's levels come in (for a growth-rate indicator, that of what grows).
    public func levelUnit(of indicator: Indicator) -> IndicatorUnit {
        guard case .cagr(let inner, _) = indicator.measure else { return indicator.unit }
        return unit(of: inner, depth: 0)
    }

    private func unit(of m: Measure, depth: Int) -> IndicatorUnit {
        switch m {
        case .indicator(let id):
            guard depth < 8, let i = engine.indicators[id] else { return .yi }
            if case .cagr(let inner, _) = i.measure { return unit(of: inner, depth: depth + 1) }
            return i.unit
        case .sum(.employees, _): return .items
        case .sum, .series: return .yi
        case .count: return .firms
        case .milestones: return .items
        case .parkStat(_, let f): return f == .revenue ? .yi : .items
        case .ratio, .cagr: return .percent
        }
    }

    /// Exact when both sides are exact.
    /// What the rest of the period must still add (or, lower being better, take away) to meet the
    /// target: 0 once met. A strict target sitting exactly on the value is not met: a whole count
    /// needs one more (超过4家 at 4家: 还需 1家); any other quantity the smallest step shown (0.01).
    static func remaining(
        _ current: Quantity, to level: Quantity, _ target: Target, lowerIsBetter: Bool, unit: IndicatorUnit
    ) -> Double {
        if meets(current, level, target) { return 0 }
        let gap = lowerIsBetter ? current.doubleValue - level.doubleValue : level.doubleValue - current.doubleValue
        guard gap <= 0 else { return gap }
        return [.firms, .items, .rank].contains(unit)
            ? 1 : 0.01 * (unit.money.map { Double($0.fen) } ?? (unit == .percent ? 0.01 : 1))
    }

    static func meets(_ value: Quantity, _ level: Quantity, _ target: Target) -> Bool {
        var t = target
        if let r = level.exactValue { t.value = r; return value.meets(t) }
        t.value = Rational(Int128((level.doubleValue * 1e6).rounded()), 1_000_000)
        return value.meets(t)
    }

    /// Year-end levels from the baseline year up to the period (and the period itself if mid-year).
    /// `backdatedTags` gathers the tags any of these years counted with today's meaning.
    func history(_ measure: Measure, from baseYear: Int, to p: Period, backdatedTags: inout [String]) -> [HistoryPoint]
    {
        var points: [HistoryPoint] = []
        for year in baseYear...max(baseYear, p.year) {
            let at = year == p.year ? p : Period.yearEnd(year)
            if at > p { break }
            let reading = engine.read(measure, at: at, lists: false)
            backdatedTags = MeasureReading.union(backdatedTags, reading.backdatedTags)
            if let v = reading.level?.doubleValue { points.append(HistoryPoint(period: at, value: v)) }
        }
        return points
    }
}
