import PlanGaugeModel

extension PlanAssessor {
    /// The indicator assessed at `p`, with the reason when its status is not available (无法评估).
    public func assess(_ indicator: Indicator, at p: Period) -> IndicatorAssessment {
        var a = assessed(indicator, at: p)
        if a.status == .notAvailable { a.reason = reason(a) }
        return a
    }

    /// Why `a` is not available, in the order the assessment needs things: the level, the
    /// baseline, a target for the methods that need one, then the method's own conditions.
    func reason(_ a: IndicatorAssessment) -> UnavailableReason {
        guard let current = a.reading.level else { return a.reading.reason ?? .noCurrentValue }
        var measure = a.indicator.measure
        if case .cagr(let inner, _) = measure { measure = inner }
        let needsBaseline = a.method != .linear
        if needsBaseline, a.baseline == nil {
            return .noBaseline(a.baselineYear, engine.read(measure, at: .yearEnd(a.baselineYear), lists: false).reason)
        }
        if a.targetLevel == nil, a.method != .statcan { return .needsTarget(a.method) }
        let t0 = Double(a.baselineYear), t1 = (a.reading.observedAt ?? a.period).endTime
        let tT = Double(a.targetYear ?? plan.deadline)
        switch a.method {
        case .statcan:
            let b = a.baseline!.doubleValue
            let isCount = [.firms, .items].contains(a.indicator.unit)
            if let tl = a.targetLevel?.doubleValue, b == 0 || (isCount && abs(b) < StatCanMethod.smallCount) {
                return StatCanMethod.distanceUnavailableReason(
                    base: b, baseTime: t0, currentTime: t1, target: tl, targetTime: tT,
                    targetMet: false) ?? .noCurrentValue
            }
            return StatCanMethod.unavailableReason(
                .init(
                    base: b, baseTime: t0, current: current.doubleValue, currentTime: t1,
                    target: a.targetLevel?.doubleValue, targetTime: a.targetLevel == nil ? nil : tT))
                ?? .noCurrentValue
        case .unsd:
            return .targetIsBaseline  // UNSD's only condition past the inputs
        case .linear:
            return .noEarlierValue
        }
    }
}
