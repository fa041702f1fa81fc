import PlanGaugeModel

/// Which values a quarterly statistic compares: the quarter alone (当季) or the year to date (累计).
public enum QuarterView: String, Sendable, CaseIterable, Codable {
    case period, cumulative

    public var chineseName: String { self == .period ? "当季" : "累计" }
}

/// Totals, growth and 同口径 growth of a flow over all enterprises, for one view of one period.
public struct GrowthFigures: Sendable, Equatable {
    public var view: QuarterView
    public var period: Period
    /// Σ over reporting enterprises now, a year ago (上年同期) and in the previous period (上期).
    public var total: Amount
    public var totalYearAgo: Amount?
    public var totalPrevious: Amount?
    /// 同比 of the published totals.
    public var growth: Double?
    /// 环比: against the previous quarter (当季), or the previous quarter's year to date within the year (累计).
    public var chainGrowth: Double?
    /// 同比 one period earlier and one year earlier, for "较上期/上年同期 提高或回落 X 个百分点".
    public var growthPrevious: Double?
    public var growthYearAgo: Double?
    public var comparable: ComparableGrowth?
    public var reporters: Int
}

/// 同口径: growth over the enterprises present in both periods, and what entries and exits did to
/// the published rate. published − comparable = entryEffect + exitEffect, exactly.
public struct ComparableGrowth: Sendable, Equatable {
    /// Enterprises with a value in both periods.
    public var firms: Int
    public var now: Amount
    public var before: Amount
    public var growth: Double?
    /// Enterprises with a value now but not a year ago, and their value now.
    public var entered: Int
    public var enteredValue: Amount
    /// Enterprises with a value a year ago but not now, and their value then.
    public var left: Int
    public var leftValue: Amount
    /// entries' value now / published base (a fraction: +0.031 = +3.1 个百分点).
    public var entryEffect: Double?
    /// −(exits' base value grown at the comparable rate) / published base.
    public var exitEffect: Double?
}
