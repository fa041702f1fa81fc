import PlanGaugeModel

/// Which period to assess when the user does not say.
public enum PeriodSelection {
    /// The latest quarter end for which at least 90% of the previous quarter's reporters have
    /// reported: a quarter still trickling in is not "complete".
    public static func latestComplete(_ index: DatasetIndex) -> Period? {
        for q in index.dataset.revenueQuarters.reversed() {
            let now = index.reporters(at: q), before = index.reporters(at: q.previous)
            if before == 0 || Double(now) >= 0.9 * Double(before) { return q }
        }
        return nil
    }

    /// The plan's default: the latest complete period, or the deadline's year end once that has passed
    /// (the final evaluation).
    public static func defaultPeriod(for plan: Plan, index: DatasetIndex) -> Period? {
        guard let latest = latestComplete(index) else { return nil }
        let deadline = Period.yearEnd(plan.deadline)
        return latest > deadline ? deadline : latest
    }

    public static func phase(of plan: Plan, at period: Period) -> PlanPhase {
        let t = period.endTime
        if t >= Double(plan.deadline) { return .final }
        let mid = (Double(plan.baseline) + Double(plan.deadline)) / 2
        return abs(t - mid) <= 0.5 ? .midterm : .monitoring
    }
}
