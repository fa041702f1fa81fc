/// An industrial park (园区) from `parks.csv`.
public struct Park: Hashable, Sendable {
    public var id: String
    public var name: String
    public var district: String?
    /// 国家级, 市级 or 区级, as written.
    public var level: String?
    public var recognized: CalendarDate?

    public init(id: String, name: String, district: String? = nil, level: String? = nil, recognized: CalendarDate? = nil) {
        self.id = id
        self.name = name
        self.district = district
        self.level = level
        self.recognized = recognized
    }
}

/// A park office's own figures for one period (`park_stats.csv`).
public struct ParkStat: Hashable, Sendable {
    public var park: String
    public var period: Period
    public var firms: Int?
    public var revenue: Amount?
    public var employees: Int?

    public init(park: String, period: Period, firms: Int? = nil, revenue: Amount? = nil, employees: Int? = nil) {
        self.park = park
        self.period = period
        self.firms = firms
        self.revenue = revenue
        self.employees = employees
    }
}
