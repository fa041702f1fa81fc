import PlanGaugeModel

/// What a park's own report shows beside its goals: the park office's figures (park_stats.csv, the
/// whole park, 全口径) and the tracked firms' (名录内企业, enterprises.csv and the revenue returns),
/// each on a stated basis, and who of the tracked firms did not report, joined or left.
public struct ParkReportFigures: Sendable {
    /// A flow on three bases: the year to date at the period, the twelve months to its end, and
    /// the last full year (the period's own year at a December, else the year before).
    public struct Flow: Sendable, Equatable {
        /// January to the period's end; nil without figures.
        public var yearToDate: Quantity?
        /// The twelve months to the period's end; nil without figures.
        public var trailingYear: Quantity?
        /// The full year `fullYearOf`; nil without figures.
        public var fullYear: Quantity?
        /// The year `fullYear` covers: the period's own at a December, else the year before.
        public var fullYearOf: Int
        /// Year-to-date growth on the same months a year earlier (同比).
        public var growth: Double?
    }

    /// A tracked firm that moved into or out of the park in the year to the period's end.
    public struct Move: Sendable, Equatable {
        /// The firm's name.
        public var name: String
        /// The day it moved in or out.
        public var date: CalendarDate
    }

    /// The park reported on.
    public var park: Park
    /// The period reported on.
    public var period: Period
    /// park_stats 营业收入 (the park office's own, every firm in the park).
    public var parkStatsRevenue: Flow
    /// 入驻企业数 and 从业人员 as the park office gives them at the period's end.
    public var parkStatsFirms: Int?
    /// 从业人员 as the park office gives it at the period's end; nil when not given.
    public var parkStatsEmployees: Int?
    /// 名录内企业产业收入: the scale of the tracked firms in the park at the period.
    public var trackedScale: Flow
    /// Tracked firms in the park at the period that reported in the twelve months to its end.
    public var trackedFirms: Int
    /// Names of those with no figure for the period (未报), by name.
    public var notReported: [String]
    /// Tracked firms that joined (新入驻) or left (迁出) the park within the year to the period's
    /// end, by their dated membership; empty without membership dates.
    public var joined: [Move]
    /// Tracked firms that left (迁出) the park within the year to the period's end, by date then name.
    public var left: [Move]
    /// Year-end park_stats revenue of each year up to the period's, and the twelve months to the
    /// period when that is not a year end: the park office's line of the page's chart.
    public var parkStatsHistory: [HistoryPoint]

    /// The park's figures at `p`: park_stats, tracked firms, 未报, moves and the park_stats history.
    public static func gather(_ park: Park, at p: Period, index: DatasetIndex) -> ParkReportFigures {
        let engine = MeasureEngine(index: index)
        let tracked = Measure.sum(.scale, EnterpriseFilter(parks: [park.id]))
        let stats = Measure.parkStat(park: park.id, field: .revenue)
        func flow(_ m: Measure) -> Flow {
            let now = engine.read(m, at: p, lists: false)
            let fullYear = p.lastMonth == 12 ? p.year : p.year - 1
            let before = engine.read(m, at: Period.month(p.year - 1, p.lastMonth)!, lists: false).yearToDate?
                .doubleValue
            let growth = now.yearToDate.flatMap { n in before.flatMap { $0 == 0 ? nil : (n.doubleValue - $0) / $0 } }
            return Flow(
                yearToDate: now.yearToDate, trailingYear: now.level,
                fullYear: engine.read(m, at: .yearEnd(fullYear), lists: false).yearToDate, fullYearOf: fullYear,
                growth: growth)
        }
        let filter = EnterpriseFilter(parks: [park.id])
        let members = index.dataset.enterprises.indices.filter {
            filter.matches(index.dataset.enterprises[$0], atEndOf: p)
        }
        var active = 0
        var silent: [String] = []
        for i in members where index.isActive(number: index.enterpriseNumbers[i], at: p) {
            active += 1
            let e = index.dataset.enterprises[i]
            if index.revenue.yearToDate(e.id, year: p.year, month: p.lastMonth) == nil { silent.append(e.name) }
        }
        let (joined, left) = moves(park.id, at: p, in: index.dataset.enterprises)
        let firstYear = index.dataset.parkStats.filter { $0.park == park.id }.map(\.period.year).min() ?? p.year
        let history: [HistoryPoint] = (min(firstYear, p.year)...p.year).compactMap { y in
            let at = y == p.year ? p : Period.yearEnd(y)
            return engine.read(stats, at: at, lists: false).level.map {
                HistoryPoint(period: at, value: $0.doubleValue)
            }
        }
        return ParkReportFigures(
            park: park, period: p, parkStatsRevenue: flow(stats),
            parkStatsFirms: engine.read(.parkStat(park: park.id, field: .firms), at: p, lists: false).level.map {
                Int($0.doubleValue)
            },
            parkStatsEmployees: engine.read(.parkStat(park: park.id, field: .employees), at: p, lists: false).level.map
            { Int($0.doubleValue) },
            trackedScale: flow(tracked), trackedFirms: active, notReported: silent.sorted(), joined: joined, left: left,
            parkStatsHistory: history)
    }

    /// Dated moves into and out of the park after the same day a year before the period's end,
    /// up to that end (the window 同比 compares), by date then name.
    static func moves(_ park: String, at p: Period, in firms: [Enterprise]) -> (joined: [Move], left: [Move]) {
        let end = p.lastDay, start = p.yearAgo.lastDay
        var joined: [Move] = [], left: [Move] = []
        for e in firms {
            for span in e.parkSpans where span.park == park {
                if let d = span.from, start < d, d <= end { joined.append(Move(name: e.name, date: d)) }
                if let d = span.to, start < d, d <= end { left.append(Move(name: e.name, date: d)) }
            }
        }
        let order = { (a: Move, b: Move) in (a.date, a.name) < (b.date, b.name) }
        return (joined.sorted(by: order), left.sorted(by: order))
    }
}
