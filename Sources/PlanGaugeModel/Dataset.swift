/// Everything a dataset folder holds, typed and validated. Built by Ingest, read by Analytics.
public struct Dataset: Sendable {
    /// The enterprises of `enterprises.csv`, in file order.
    public var enterprises: [Enterprise]
    /// The revenue facts, row by row (empty when they were gathered into `revenuePanels` instead).
    public var revenue: RevenueFacts
    /// The revenue facts gathered into enterprise × month panels while reading, when the reader was
    /// asked for panels (what `progress` and `quarterly` need) rather than rows.
    public var revenuePanels: RevenuePanelStore?
    /// The parks of `parks.csv`.
    public var parks: [Park]
    /// The park offices' own figures (`park_stats.csv`).
    public var parkStats: [ParkStat]
    /// The values of `series.csv` (national totals, rankings …).
    public var series: [SeriesPoint]
    /// The dated events of `milestones.csv`.
    public var milestones: [Milestone]
    /// The grants ledger (`grants.csv` with `grant_payments.csv`), when the folder has one.
    public var grants: [Grant] = []
    /// The subsidy policies the grants were checked against (read from `--policies`, not the folder).
    public var policies: [Policy] = []
    /// Per revenue file, period and 口径, the totals of its amount columns (see `RevenueFileTotal`).
    public var revenueFileTotals: [RevenueFileTotal] = []
    /// English for the dataset's Chinese names (`glossary.csv`: term → english), for English pages.
    public var glossary: [String: String] = [:]
    /// What the dataset is (`dataset.yaml`); nil when the folder has none.
    public var manifest: DatasetManifest?

    /// A dataset from its tables; grants, policies, totals and glossary start empty.
    public init(
        enterprises: [Enterprise] = [], revenue: RevenueFacts = [], parks: [Park] = [],
        parkStats: [ParkStat] = [], series: [SeriesPoint] = [], milestones: [Milestone] = []
    ) {
        self.enterprises = enterprises
        self.revenue = revenue
        self.parks = parks
        self.parkStats = parkStats
        self.series = series
        self.milestones = milestones
    }

    /// As the other initialiser, with the revenue facts given as rows.
    public init(
        enterprises: [Enterprise] = [], revenue: [RevenueFact], parks: [Park] = [],
        parkStats: [ParkStat] = [], series: [SeriesPoint] = [], milestones: [Milestone] = []
    ) {
        self.init(
            enterprises: enterprises, revenue: RevenueFacts(revenue), parks: parks, parkStats: parkStats,
            series: series, milestones: milestones)
    }

    /// The latest period any revenue fact covers, by its last month.
    public var latestRevenuePeriod: Period? { revenuePeriodRange?.upperBound }

    /// The first and last period of the revenue facts, by their end (rows or panels).
    public var revenuePeriodRange: ClosedRange<Period>? { revenuePanels?.periodRange ?? revenue.periodRange }

    /// The quarters the revenue facts end in, in order.
    public var revenueQuarters: [Period] { revenuePanels?.quarters ?? revenue.quarters }

    /// Revenue facts accepted (rows or panels).
    public var revenueFactCount: Int { revenuePanels?.factCount ?? revenue.count }
}
