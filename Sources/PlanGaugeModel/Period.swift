/// A statistical period: a month, quarter, half-year or year of a calendar year.
///
/// Periods order by their last month, then coarser first, so `2023Q1 < 2023-04` and
/// `2023-03 < 2023Q1` (the month ends with the quarter; the quarter is the coarser summary).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The length of a period.
    public enum Unit: UInt8, Sendable, CaseIterable, Comparable {
        /// A calendar month, a quarter (季度), a half-year (上/下半年) or a whole year.
        case month, quarter, halfYear, year

        /// Months in one period of this unit.
        public var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .halfYear: 6
            case .year: 12
            }
        }

        /// Periods of this unit in one year.
        public var perYear: Int { 12 / months }

        /// Finer units first: month < quarter < halfYear < year.
        public static func < (a: Unit, b: Unit) -> Bool { a.rawValue < b.rawValue }
    }

    // Four bytes in all: millions of facts carry a period.
    private let storedYear: Int16
    /// Month, quarter, half-year or year.
    public let unit: Unit
    private let storedIndex: UInt8

    /// The calendar year.
    public var year: Int { Int(storedYear) }
    /// 1-based position within the year: month 1–12, quarter 1–4, half 1–2, year 1.
    public var index: Int { Int(storedIndex) }

    /// The period, or nil when `year` is outside 1–9999 or `index` outside 1…`unit.perYear`.
    public init?(year: Int, unit: Unit, index: Int) {
        guard (1...9999).contains(year), (1...unit.perYear).contains(index) else { return nil }
        self.storedYear = Int16(year)
        self.unit = unit
        self.storedIndex = UInt8(index)
    }

    /// Month `month` (1–12) of `year`; nil when out of range.
    public static func month(_ year: Int, _ month: Int) -> Period? { Period(year: year, unit: .month, index: month) }
    /// Quarter `quarter` (1–4) of `year`; nil when out of range.
    public static func quarter(_ year: Int, _ quarter: Int) -> Period? {
        Period(year: year, unit: .quarter, index: quarter)
    }
    /// Half `half` (1: 上半年, 2: 下半年) of `year`; nil when out of range.
    public static func half(_ year: Int, _ half: Int) -> Period? { Period(year: year, unit: .halfYear, index: half) }
    /// The whole of `year`; nil when out of range.
    public static func year(_ year: Int) -> Period? { Period(year: year, unit: .year, index: 1) }

    /// First and last calendar month (1–12) covered.
    public var firstMonth: Int { (index - 1) * unit.months + 1 }
    /// The last calendar month (1–12) covered.
    public var lastMonth: Int { index * unit.months }

    /// Months elapsed in the year at the end of this period (the 时间进度 numerator).
    public var monthsElapsed: Int { lastMonth }

    /// The same period one year earlier (上年同期).
    public var yearAgo: Period { Period(year: year - 1, unit: unit, index: index) ?? self }

    /// The period immediately before (上期), same unit.
    public var previous: Period {
        if index > 1 { return Period(year: year, unit: unit, index: index - 1)! }
        return Period(year: year - 1, unit: unit, index: unit.perYear) ?? self
    }

    /// The period immediately after, same unit.
    public var next: Period {
        if index < unit.perYear { return Period(year: year, unit: unit, index: index + 1)! }
        return Period(year: year + 1, unit: unit, index: 1) ?? self
    }

    /// Whether `other` lies entirely inside this period.
    public func contains(_ other: Period) -> Bool {
        other.year == year && other.unit <= unit && other.firstMonth >= firstMonth && other.lastMonth <= lastMonth
    }

    /// The canonical label: `2023`, `2023H1`, `2023Q3`, `2023-07`.
    public var description: String {
        switch unit {
        case .year: "\(year)"
        case .halfYear: "\(year)H\(index)"
        case .quarter: "\(year)Q\(index)"
        case .month: "\(year)-\(index < 10 ? "0" : "")\(index)"
        }
    }

    /// The label in official Chinese: `2023年`, `2023年上半年`, `2023年三季度`, `2023年7月`.
    public var chineseLabel: String {
        switch unit {
        case .year: "\(year)年"
        case .halfYear: "\(year)年\(index == 1 ? "上" : "下")半年"
        case .quarter: "\(year)年\(["一", "二", "三", "四"][index - 1])季度"
        case .month: "\(year)年\(index)月"
        }
    }

    /// By last month, then the coarser unit later (see the type's note on order).
    public static func < (a: Period, b: Period) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.lastMonth != b.lastMonth { return a.lastMonth < b.lastMonth }
        return a.unit < b.unit
    }
}

/// 口径: whether a value covers the period alone or the year to date.
public enum Basis: String, Sendable, Hashable, CaseIterable, Comparable {
    /// 当期值: the value of the period alone.
    case period
    /// 累计值: the year-to-date value at the end of the period (本年累计).
    case cumulative

    /// The Chinese name: 当期 or 累计.
    public var chineseName: String { self == .period ? "当期" : "累计" }

    /// 当期 before 累计.
    public static func < (a: Basis, b: Basis) -> Bool { a == .period && b == .cumulative }
}
