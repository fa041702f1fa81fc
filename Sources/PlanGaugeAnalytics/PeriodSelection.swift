import PlanGaugeModel

/// Which period to assess when the user does not say.
public enum PeriodSelection {
    /// A quarter needs at least this share of the previous quarter's reporters to count as complete.
    public static let completeShare = 0.9

    /// A quarter found in the data but not assessed by default, and why: too few of the previous
    /// quarter's reporters have reported it yet.
    public struct IncompleteQuarter: Sendable, Equatable {
        /// The quarter passed over.
        public var quarter: Period
        /// Enterprises with a figure for `quarter`.
        public var reporters: Int
        /// Enterprises in the dataset.
        public var enterprises: Int
        /// Enterprises with a figure for the quarter before.
        public var previousReporters: Int

        /// An incomplete quarter with its counts.
        public init(quarter: Period, reporters: Int, enterprises: Int, previousReporters: Int) {
            self.quarter = quarter
            self.reporters = reporters
            self.enterprises = enterprises
            self.previousReporters = previousReporters
        }

        /// `2026Q4: 12 of 300 enterprises reported (4%); below 90% of the 298 who reported 2026Q3`.
        public var reason: String {
            let share = enterprises > 0 ? Int((Double(reporters) / Double(enterprises) * 100).rounded()) : 0
            return "\(quarter): \(reporters) of \(enterprises) enterprises reported (\(share)%); below "
                + "\(Int((completeShare * 100).rounded()))% of the \(previousReporters) who reported \(quarter.previous)"
        }
    }

    /// The default choice with the later quarters passed over (latest first): the caller says so.
    public struct Choice: Sendable, Equatable {
        /// The latest complete quarter; nil when no quarter is complete.
        public var latestComplete: Period?
        /// The later quarters not complete yet, latest first.
        public var passedOver: [IncompleteQuarter]
        /// The last period of the revenue data (a month after the last quarter end, say).
        public var latestInData: Period?

        /// A choice with every field given.
        public init(latestComplete: Period?, passedOver: [IncompleteQuarter], latestInData: Period?) {
            self.latestComplete = latestComplete
            self.passedOver = passedOver
            self.latestInData = latestInData
        }
    }

    /// The latest quarter end for which at least 90% of the previous quarter's reporters have
    /// reported (a quarter still trickling in is not "complete"), and the later ones that were not.
    public static func latestCompleteChoice(_ index: DatasetIndex) -> Choice {
        var passedOver: [IncompleteQuarter] = []
        for q in index.dataset.revenueQuarters.reversed() {
            let now = index.reporters(at: q), before = index.reporters(at: q.previous)
            if before == 0 || Double(now) >= completeShare * Double(before) {
                return Choice(
                    latestComplete: q, passedOver: passedOver, latestInData: index.dataset.latestRevenuePeriod)
            }
            passedOver.append(
                IncompleteQuarter(
                    quarter: q, reporters: now, enterprises: index.dataset.enterprises.count,
                    previousReporters: before))
        }
        return Choice(latestComplete: nil, passedOver: passedOver, latestInData: index.dataset.latestRevenuePeriod)
    }

    /// The latest quarter end for which at least 90% of the previous quarter's reporters have
    /// reported: a quarter still trickling in is not "complete".
    public static func latestComplete(_ index: DatasetIndex) -> Period? {
        latestCompleteChoice(index).latestComplete
    }

    /// The plan's default: the latest complete period, or the deadline's year end once that has passed
    /// (the final evaluation).
    public static func defaultPeriod(for plan: Plan, index: DatasetIndex) -> Period? {
        guard let latest = latestComplete(index) else { return nil }
        let deadline = Period.yearEnd(plan.deadline)
        return latest > deadline ? deadline : latest
    }

    /// 终期评估 from the deadline's year end on; 中期评估 within half a year of the midpoint between the baseline's and the deadline's year ends; 监测 otherwise.
    public static func phase(of plan: Plan, at period: Period) -> PlanPhase {
        let t = period.endTime
        if t >= Double(plan.deadline) { return .final }
        let mid = (Double(plan.baseline) + Double(plan.deadline)) / 2
        return abs(t - mid) <= 0.5 ? .midterm : .monitoring
    }
}

extension PeriodSelection {
    /// Why a period asked for cannot be assessed on data covering `range`: nil when the period ends
    /// within it. A period is compared by where it ends (`2019` ends in 2019-12), so a year or
    /// quarter whose last month the data does not reach yet is refused. `deadline`: a plan's
    /// deadline year; its year end before the data is allowed (the final evaluation of an old plan
    /// on the data since).
    public static func outsideData(_ period: Period, range: ClosedRange<Period>?, deadline: Int? = nil) -> String? {
        guard let range else { return "the dataset has no revenue data" }
        func end(_ p: Period) -> (Int, Int) { (p.year, p.lastMonth) }
        if end(period) > end(range.upperBound) {
            return
                "\(period) is after the data, which ends \(range.upperBound); choose a period from \(range.lowerBound) to \(range.upperBound)"
        }
        if end(period) < end(range.lowerBound) {
            if let deadline, end(period) == (deadline, 12) { return nil }
            return
                "\(period) is before the data, which begins \(range.lowerBound); choose a period from \(range.lowerBound) to \(range.upperBound)"
        }
        return nil
    }

    /// The quarter a report for `period` is published as: the quarter ending when the period ends
    /// (`2026-03`, `2026年1-3月` and `2026Q1` are all `2026Q1`; `2026H1` is `2026Q2`; `2025` is
    /// `2025Q4`), so each period has one folder. Nil for a month that ends no quarter.
    public static func publishedQuarter(_ period: Period) -> Period? {
        guard period.lastMonth % 3 == 0 else { return nil }
        return .quarter(period.year, period.lastMonth / 3)
    }
}
