import PlanGaugeModel

extension PlanAssessor {
    /// Each indicator's level at the quarter before the assessment's period (上季), by indicator id:
    /// what 较上季 compares with. A growth-rate indicator gives the level of what grows, as its
    /// assessment does; an indicator with no figure then is left out.
    public func previousQuarterLevels(_ a: PlanAssessment) -> [String: Quantity] {
        let before = Self.quarterBefore(a.period)
        var out: [String: Quantity] = [:]
        for i in a.indicators {
            var measure = i.indicator.measure
            if case .cagr(let inner, _) = measure { measure = inner }
            if let v = engine.read(measure, at: before, lists: false).level { out[i.indicator.id] = v }
        }
        return out
    }

    /// The latest quarter ending at least three months before `p` ends (2026Q3 → 2026Q2).
    public static func quarterBefore(_ p: Period) -> Period {
        let months = p.year * 12 + p.lastMonth - 1 - 3  // the month three months earlier, counted from year 0
        let year = months / 12, quarter = (months % 12 + 1) / 3
        return quarter == 0 ? Period.quarter(year - 1, 4)! : Period.quarter(year, quarter)!
    }
}
