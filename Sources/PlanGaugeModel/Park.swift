/// An industrial park (园区) from `parks.csv`.
public struct Park: Hashable, Sendable {
    public var id: String
    public var name: String
    public var district: String?
    /// 国家级, 市级 or 区级, as written.
    public var level: String?
    public var recognized: CalendarDate?
    /// The park's English name (`name_en`), for English pages; nil when parks.csv gives none.
    public var nameEn: String?

    public init(id: String, name: String, district: String? = nil, level: String? = nil, recognized: CalendarDate? = nil,
                nameEn: String? = nil) {
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
    public var park: String
    public var period: Period
    public var basis: Basis
    public var firms: Int?
    public var revenue: Amount?
    public var employees: Int?

    public init(park: String, period: Period, basis: Basis = .period, firms: Int? = nil, revenue: Amount? = nil,
                employees: Int? = nil) {
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

    public var englishLabel: String { Self.englishLabel(period, basis) }

    public static func chineseLabel(_ period: Period, _ basis: Basis) -> String {
        guard basis == .cumulative else { return period.chineseLabel }
        return period.lastMonth == 1 ? "\(period.year)年1月" : "\(period.year)年1-\(period.lastMonth)月"
    }

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
