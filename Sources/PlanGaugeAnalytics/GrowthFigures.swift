import PlanGaugeModel

/// Which values a quarterly statistic compares: the quarter alone (当季) or the year to date (累计).
public enum QuarterView: String, Sendable, CaseIterable, Codable {
    /// `period`: the quarter's own values (当季); `cumulative`: January to the quarter's end (累计).
    case period, cumulative

    /// 当季 or 累计, as the reports label the view.
    public var chineseName: String { self == .period ? "当季" : "累计" }
}

/// Totals, growth and 同口径 growth of a flow over all enterprises, for one view of one period.
public struct GrowthFigures: Sendable, Equatable {
    /// Whether the figures are 当季 or 累计.
    public var view: QuarterView
    /// The quarter the figures are for.
    public var period: Period
    /// Σ over reporting enterprises now, a year ago (上年同期) and in the previous period (上期).
    public var total: Amount
    /// Σ a year ago (上年同期); nil when no enterprise in the set then had a value.
    public var totalYearAgo: Amount?
    /// Σ in the previous quarter (当季 only); nil for 累计 or when nobody had a value then.
    public var totalPrevious: Amount?
    /// 同比 of the published totals.
    public var growth: Double?
    /// 环比: against the previous quarter, for 当季 figures only (1-9月 against 1-6月 is no rate of anything).
    public var chainGrowth: Double?
    /// 同比 one period earlier and one year earlier, for "较上期/上年同期 提高或回落 X 个百分点".
    public var growthPrevious: Double?
    /// The same 同比 one year earlier; nil when it cannot be computed.
    public var growthYearAgo: Double?
    /// The 同口径 split of the growth; nil without a year-ago total.
    public var comparable: ComparableGrowth?
    /// Enterprises in the set with a value for this period.
    public var reporters: Int
}

/// 同口径: growth over the enterprises in the set throughout and with a value in both periods, and
/// what the others did to the published rate (see `ComparableBasis`). published − comparable =
/// entryEffect + exitEffect, exactly.
public struct ComparableGrowth: Sendable, Equatable {
    /// Enterprises with a value in both periods (in the set throughout).
    public var firms = 0
    /// Σ of the 同口径 enterprises' values now.
    public var now = Amount.zero
    /// Σ of the 同口径 enterprises' values a year ago.
    public var before = Amount.zero
    /// 同口径 growth, now / before − 1, as a fraction; nil when the base is zero.
    public var growth: Double?
    /// 新纳入: enterprises with a value now but not a year ago, and their value now.
    public var entered = 0
    /// Σ of the 新纳入 enterprises' values now.
    public var enteredValue = Amount.zero
    /// 退出: enterprises with a value a year ago, none now, and no report in the twelve months to
    /// the period's end; their value then.
    public var left = 0
    /// Σ of the 退出 enterprises' values a year ago.
    public var leftValue = Amount.zero
    /// 未报: enterprises with a value a year ago that still report (within the twelve months to the
    /// period's end) but have none for this period — late returns, not exits; their value then.
    public var unreported: [ComparableFirm] = []
    /// Σ of the 未报 enterprises' values a year ago.
    public var unreportedValue = Amount.zero
    /// 新入驻: enterprises that joined the park (or the set) within the comparison window, with
    /// their value now; `joinedBaseValue` is what they counted for a year ago, if anything.
    public var joined: [ComparableFirm] = []
    /// Σ of the 新入驻 enterprises' values now.
    public var joinedValue = Amount.zero
    /// Σ of the 新入驻 enterprises' values a year ago, when they counted then.
    public var joinedBaseValue = Amount.zero
    /// 迁出: enterprises counted a year ago that have left the park (or the set), with their value then.
    public var movedOut: [ComparableFirm] = []
    /// Σ of the 迁出 enterprises' values a year ago.
    public var movedOutValue = Amount.zero
    /// What arrived (新纳入, 新入驻) did to the published rate: a fraction (+0.031 = +3.1 个百分点).
    public var entryEffect: Double?
    /// What is missing now (退出, 未报, 迁出: their base grown at the comparable rate) / published base.
    public var exitEffect: Double?

    /// Empty: no enterprise placed yet.
    public init() {}
}

/// An enterprise outside 同口径, named: 新入驻, 迁出 or 未报.
public struct ComparableFirm: Sendable, Equatable {
    /// The enterprise's 统一社会信用代码.
    public var id: USCC
    /// The enterprise's name.
    public var name: String
    /// Its value now (新入驻) or a year ago (迁出, 未报), when it has one.
    public var value: Amount?
    /// The day it moved in (新入驻) or out (迁出), when its membership is dated.
    public var date: CalendarDate?

    /// A named firm with every field given.
    public init(id: USCC, name: String, value: Amount?, date: CalendarDate?) {
        self.id = id
        self.name = name
        self.value = value
        self.date = date
    }
}
