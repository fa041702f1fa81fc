/// An industrial park (园区) from `parks.csv`.
public struct Park: Hashable, Sendable {
    /// The park's short code, e.g. `PT-DEMO`, as other files refer to it.
    public var id: String
    /// The park's Chinese name.
    public var name: String
    /// The district (区) it lies in, if given.
    public var district: String?
    /// 国家级, 市级 or 区级, as written.
    public var level: String?
    /// The date the park was recognised (认定日期), if given.
    public var recognized: CalendarDate?
    /// The park's English name (`name_en`), for English pages; nil when parks.csv gives none.
    public var nameEn: String?

    /// A park from its parts.
    public init(
        id: String, name: String, district: String? = nil, level: String? = nil, recognized: CalendarDate? = nil,
        nameEn: String? = nil
    ) {
        self.id = id
        self.nameEn = nameEn
        self.name = name
        self.district = district
        self.level = level
        self.recognized = recognized
    }
}

/// A park office's own figures for one period (`park_stats.csv`).
///
/// The revenue figure has a 口径 as an enterprise's does: 当期 (the period alone) or 累计 (the year to
/// date at the period's end, `2025年1-9月`); the ledgers derive the other from it the same way. The
/// counts (firms, employees) are values at the period's end whichever the 口径.
public struct ParkStat: Hashable, Sendable {
    /// The park's id, as in `parks.csv`.
    public var park: String
    /// The statistical period.
    public var period: Period
    /// 口径 of the revenue figure: 当期 or 累计.
    public var basis: Basis
    /// 入驻企业数 at the period's end; nil when not reported.
    public var firms: Int?
    /// 营业收入 of the park's firms, on `basis`; nil when not reported.
    public var revenue: Amount?
    /// 从业人员 at the period's end; nil when not reported.
    public var employees: Int?

    /// A park's figures for one period; 口径 当期 unless given.
    public init(
        park: String, period: Period, basis: Basis = .period, firms: Int? = nil, revenue: Amount? = nil,
        employees: Int? = nil
    ) {
        self.park = park
        self.period = period
        self.basis = basis
        self.firms = firms
        self.revenue = revenue
        self.employees = employees
    }

    /// The months the revenue figure covers: the period for 当期, January to the period's end for 累计.
    public var months: ClosedRange<Int> { (basis == .cumulative ? 1 : period.firstMonth)...period.lastMonth }

    /// The label as a reader of the statistics would write it: `2025年三季度`, `2025年1-9月` (累计).
    public var chineseLabel: String { Self.chineseLabel(period, basis) }

    /// The label in English: `2025Q3`, `Jan–Sep 2025` (累计).
    public var englishLabel: String { Self.englishLabel(period, basis) }

    /// The Chinese label of `period` on `basis`, as `chineseLabel`.
    public static func chineseLabel(_ period: Period, _ basis: Basis) -> String {
        guard basis == .cumulative else { return period.chineseLabel }
        return period.lastMonth == 1 ? "\(period.year)年1月" : "\(period.year)年1-\(period.lastMonth)月"
    }

    /// The English label of `period` on `basis`, as `englishLabel`.
    public static func englishLabel(_ period: Period, _ basis: Basis) -> String {
        guard basis == .cumulative else { return period.description }
        return period.lastMonth == 1 ? "Jan \(period.year)" : "Jan–\(period.monthAbbreviation) \(period.year)"
    }
}

extension Period {
    /// `Jan` … `Dec`, the period's last month.
    public var monthAbbreviation: String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][lastMonth - 1]
    }
}
