/// Everything a dataset folder holds, typed and validated. Built by Ingest, read by Analytics.
public struct Dataset: Sendable {
    public var enterprises: [Enterprise]
    public var revenue: RevenueFacts
    public var parks: [Park]
    public var parkStats: [ParkStat]
    public var series: [SeriesPoint]
    public var milestones: [Milestone]
    /// The grants ledger (`grants.csv` with `grant_payments.csv`), when the folder has one.
    public var grants: [Grant] = []
    /// The subsidy policies the grants were checked against (read from `--policies`, not the folder).
    public var policies: [Policy] = []

    public init(enterprises: [Enterprise] = [], revenue: RevenueFacts = [], parks: [Park] = [],
                parkStats: [ParkStat] = [], series: [SeriesPoint] = [], milestones: [Milestone] = []) {
        self.enterprises = enterprises
        self.revenue = revenue
        self.parks = parks
        self.parkStats = parkStats
        self.series = series
        self.milestones = milestones
    }

    public init(enterprises: [Enterprise] = [], revenue: [RevenueFact], parks: [Park] = [],
                parkStats: [ParkStat] = [], series: [SeriesPoint] = [], milestones: [Milestone] = []) {
        self.init(enterprises: enterprises, revenue: RevenueFacts(revenue), parks: parks, parkStats: parkStats,
                  series: series, milestones: milestones)
    }

    /// The latest period any revenue fact covers, by its last month.
    public var latestRevenuePeriod: Period? { revenue.periodRange?.upperBound }
}
