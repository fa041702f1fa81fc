import PlanGaugeModel

/// 累计同比 at one quarter-end (1-3月, 1-6月, 1-9月 or 1-12月) of the summarised year and of the year
/// before: one point of each line of the 累计增速走势, computed as the summary's own year-to-date growth.
public struct QuarterEndGrowth: Sendable, Equatable {
    /// 1…4: the year to the end of March, June, September or December.
    public var quarter: Int
    /// The summarised year's 累计同比 to that quarter-end, a fraction; nil after the summarised
    /// quarter or without a year-ago total.
    public var growth: Double?
    /// The year before's 累计同比 to that quarter-end, a fraction; nil without its year-ago total.
    public var growthYearAgo: Double?
}

extension QuarterEndGrowth {
    /// The four quarter-ends of `period`'s year. `growth(p)` is the 累计同比 to the end of `p`;
    /// `ytd`, the figures at `period`, gives the rates it already holds (its own, the quarter-end
    /// before and the year before), so only the other quarter-ends are computed.
    static func path(
        _ period: Period, ytd: GrowthFigures, growth: (Period) -> Double?
    ) -> [QuarterEndGrowth] {
        (1...4).map { k in
            let end = Period.quarter(period.year, k), endYearAgo = Period.quarter(period.year - 1, k)
            let now: Double?
            if let end, end.lastMonth > period.lastMonth {
                now = nil  // not yet reached
            } else if end == period {
                now = ytd.growth
            } else if period.unit == .quarter, k == period.index - 1 {
                now = ytd.growthPrevious
            } else {
                now = end.flatMap(growth)
            }
            let yearAgo = endYearAgo == period.yearAgo ? ytd.growthYearAgo : endYearAgo.flatMap(growth)
            return QuarterEndGrowth(quarter: k, growth: now, growthYearAgo: yearAgo)
        }
    }
}
