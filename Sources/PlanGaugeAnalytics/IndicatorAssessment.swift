import PlanGaugeModel

/// Everything said about one indicator at one period: plain values for the report model.
public struct IndicatorAssessment: Sendable {
    /// The plan's indicator assessed.
    public var indicator: Indicator
    /// The period assessed (a quarter or year end).
    public var period: Period
    /// The progress method used: the override, else the indicator's, else the plan's.
    public var method: AssessmentMethod
    /// The unit of the levels (value, baseline, target level, history). The indicator's own unit,
    /// except for a growth-rate indicator, whose levels are those of the measure that grows.
    public var levelUnit: IndicatorUnit
    /// The measure at the period (for a growth-rate target: the level the rate applies to).
    public var reading: MeasureReading
    /// For a growth-rate target, the observed rate since the baseline (shown beside the level).
    public var observedRate: Double?
    /// The baseline year: the indicator's, else the plan's; its year-end level is `baseline`.
    public var baselineYear: Int
    /// The level at the baseline year's end, in `levelUnit`; nil when the data have none.
    public var baseline: Quantity?
    /// The level the target asks for (for a growth-rate target, the level it implies).
    public var targetLevel: Quantity?
    /// The target's year (the plan's deadline when the target names none); nil without a target.
    public var targetYear: Int?
    /// current / target level (完成度).
    public var completion: Double?
    /// (current − baseline) / (target − baseline): the share of the distance covered.
    public var distanceCovered: Double?
    /// For flows: year-to-date / target level (完成年度目标).
    public var annualCompletion: Double?
    /// Elapsed months / 12 (时间进度).
    public var calendarTimeProgress: Double
    /// The share of the plan period (baseline year end → target year end) elapsed, 0…1.
    public var planTimeProgress: Double = 0
    /// Last year's same-period share of its full year (flows only): the seasonal benchmark.
    public var seasonalTimeProgress: Double?
    /// CAGR from the baseline to now.
    public var observedCAGR: Double?
    /// CAGR needed from now to reach the target by its deadline (nil once the deadline has passed,
    /// and when less than a year remains: an annual rate over a few months means nothing).
    public var requiredCAGR: Double?
    /// With less than a year to the deadline, what is still to be added to reach the target, or for
    /// a lower-is-better indicator taken away (in the indicator's base quantity, never negative;
    /// 0: reached).
    public var remainingToTarget: Double?
    /// The level at the deadline on the method's trend.
    public var projection: Double?
    /// The method's status, score and progress value (无法评估 until set).
    public var result: ProgressResult
    /// At or after the target year: whether the target was met (the final result, 终期结论),
    /// whatever the trend-based status says.
    public var targetMet: Bool?
    /// Year-end levels from the baseline year to the last full year in the data.
    public var history: [HistoryPoint]
    /// Levels after the period, up to the latest complete period: what happened after a deadline.
    public var later: [HistoryPoint] = []
    /// Why the status is not available (无法评估); nil whenever it is available.
    public var reason: UnavailableReason?

    /// The status of `result`.
    public var status: ProgressStatus { result.status }
    /// An indicator without a target (监测指标): its level and trend are reported, never dropped.
    public var isMonitoringOnly: Bool { indicator.target == nil }
}

/// A level at one period, as a plain number in the assessment's `levelUnit`.
public struct HistoryPoint: Sendable, Equatable {
    /// The period of the level (a year end, or the assessed period).
    public var period: Period
    /// The level, in the indicator's `levelUnit`.
    public var value: Double

    /// A point with both fields given.
    public init(period: Period, value: Double) {
        self.period = period
        self.value = value
    }
}

/// The phase of a plan at the assessed period: a plan is watched, reviewed at its midpoint and
/// judged at its deadline (PlanGaugeAnalytics.docc, ProgressMethods).
public enum PlanPhase: String, Sendable, Codable {
    /// 监测: before the midpoint.
    case monitoring
    /// 中期评估: around the midpoint.
    case midterm
    /// 终期评估: at or after the deadline.
    case final

    /// 监测, 中期评估 or 终期评估, as the reports label the phase.
    public var chineseLabel: String {
        switch self {
        case .monitoring: "监测"
        case .midterm: "中期评估"
        case .final: "终期评估"
        }
    }
}

/// A whole plan assessed at one period.
public struct PlanAssessment: Sendable {
    /// The plan assessed.
    public var plan: Plan
    /// The period assessed.
    public var period: Period
    /// The latest complete period in the data (may lie after `period` for a final evaluation).
    public var latestPeriod: Period?
    /// 监测, 中期评估 or 终期评估 at `period`.
    public var phase: PlanPhase
    /// One assessment per indicator of the plan, in plan order.
    public var indicators: [IndicatorAssessment]
}
