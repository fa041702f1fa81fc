import PlanGaugeModel

/// Every number the dashboards show beyond the plan assessments, gathered in one place so the
/// report builders only format.
public struct DashboardFacts: Sendable {
    /// The period the data is shown as of (the latest complete period by default).
    public var dataPeriod: Period
    /// The city's scale (产业收入, else 营业收入) at `dataPeriod`: 当季 and 累计 totals and growth; nil without figures.
    public var cityScale: FlowSummary?
    /// The city's scale at the plan's assessment period (for the narrative's 同比).
    public var cityScaleAtAssessment: FlowSummary?
    /// Year-end scale levels (and the data period's twelve-month level when mid-year).
    public var cityHistory: [HistoryPoint]
    /// Every park's scale at `dataPeriod`, compared.
    public var parks: [ParkFigures]
    /// Park id → the park's scale year-end levels (and the data period's level when mid-year).
    public var parkHistory: [String: [HistoryPoint]]
    /// Park id → its enterprises at `dataPeriod`, largest year to date first.
    public var parkEnterprises: [String: [EnterpriseFigures]]
    /// Names of enterprises active in the last twelve months without a figure for the data period
    /// (`missing`'s firms when it is known), sorted.
    public var missingReporters: [String]
    /// 漏报 at the data period: the active firms without a figure, grouped for chasing; nil when the
    /// dataset was read into panels, without its rows.
    public var missing: MissingReporters? = nil
    /// The roster's firms not exited by the data period's last day: what the figures monitor.
    public var monitoredFirms = 0
    /// The large firms that fell and the industry's concentration (需关注).
    public var attention = AttentionPoints(declines: [], concentration: nil)
    /// Required path and projection per indicator id (indicators with a target).
    public var paths: [String: IndicatorPaths]

    /// Gathers every figure as of `dataPeriod`; `assessments` supply the indicator paths and the assessment period.
    public static func gather(index: DatasetIndex, dataPeriod: Period, assessments: [PlanAssessment]) -> DashboardFacts
    {
        let engine = MeasureEngine(index: index)
        let firstYear = index.dataset.revenuePeriodRange?.lowerBound.year ?? dataPeriod.year
        // A period before the data has no history (and must not make an inverted range).
        let years = firstYear <= dataPeriod.year ? Array(firstYear...dataPeriod.year) : []
        func history(_ filter: EnterpriseFilter) -> [HistoryPoint] {
            years.compactMap { y in
                let at = y == dataPeriod.year ? dataPeriod : Period.yearEnd(y)
                return engine.read(.sum(.scale, filter), at: at).level.map {
                    HistoryPoint(period: at, value: $0.doubleValue)
                }
            }
        }
        var parkHistory: [String: [HistoryPoint]] = [:]
        var parkEnterprises: [String: [EnterpriseFigures]] = [:]
        for park in index.dataset.parks {
            let filter = EnterpriseFilter(parks: [park.id])
            parkHistory[park.id] = history(filter)
            parkEnterprises[park.id] = EnterpriseFigures.list(filter, at: dataPeriod, in: index)
        }
        let chase = MissingReporters.find(in: index.dataset, period: dataPeriod)
        let missing =
            chase?.firms.map(\.name).sorted()
            ?? index.dataset.enterprises.filter {
                index.isActive($0.id, at: dataPeriod)
                    && index.revenue.yearToDate($0.id, year: dataPeriod.year, month: dataPeriod.lastMonth) == nil
            }.map(\.name).sorted()
        var paths: [String: IndicatorPaths] = [:]
        for plan in assessments {
            for a in plan.indicators {
                paths[a.indicator.id] = IndicatorPaths.of(a)
            }
        }
        var facts = DashboardFacts(
            dataPeriod: dataPeriod, cityScale: FlowSummary.of(.scale, at: dataPeriod, in: index),
            cityScaleAtAssessment: assessments.first.flatMap { FlowSummary.of(.scale, at: $0.period, in: index) },
            cityHistory: history(EnterpriseFilter()), parks: ParkFigures.compare(at: dataPeriod, in: index),
            parkHistory: parkHistory, parkEnterprises: parkEnterprises, missingReporters: missing, missing: chase,
            paths: paths)
        let end = dataPeriod.lastDay
        facts.monitoredFirms = index.dataset.enterprises.filter { e in e.exited.map { $0 > end } ?? true }.count
        facts.attention = AttentionPoints.find(in: index, at: dataPeriod)
        return facts
    }
}

/// The path a target required and the observed trend's projection, in base quantities.
public struct IndicatorPaths: Sendable {
    /// The geometric path from the baseline level to the target level, one point per year end.
    public var required: [HistoryPoint]
    /// The observed CAGR carried from the current level to the target year; empty without an observed CAGR.
    public var projection: [HistoryPoint]

    static func of(_ a: IndicatorAssessment) -> IndicatorPaths {
        var required: [HistoryPoint] = []
        var projection: [HistoryPoint] = []
        if let base = a.baseline?.doubleValue, let target = a.targetLevel?.doubleValue, let year = a.targetYear {
            required = Trajectory.required(base: base, baseYear: a.baselineYear, target: target, targetYear: year)
                .map { HistoryPoint(period: .yearEnd($0.year), value: $0.value) }
        }
        if let v = a.reading.level?.doubleValue, let rate = a.observedCAGR, let year = a.targetYear {
            projection = Trajectory.projected(current: v, at: a.period.endTime, rate: rate, untilYear: year).map {
                let y = Int($0.time.rounded(.up))
                let month = Int((($0.time - Double(y) + 1) * 12).rounded())
                return HistoryPoint(
                    period: month >= 12 || month <= 0 ? .yearEnd(y) : .month(y, month)!, value: $0.value)
            }
        }
        return IndicatorPaths(required: required, projection: projection)
    }
}

/// One enterprise's figures at a period, for park pages.
public struct EnterpriseFigures: Sendable, Equatable {
    /// The enterprise.
    public var enterprise: Enterprise
    /// Its scale (产业收入, else 营业收入) January to the period's end; nil when not reported.
    public var scaleYearToDate: Amount?
    /// 同比 of that year to date, as a fraction; nil without a non-zero base.
    public var growth: Double?
    /// The growth's base is a first part-year: the enterprise's first reported year began after
    /// January, so a full year to date is compared with part of one (首年不足12个月).
    public var partYearBase = false
    /// The day it moved into the park, when that falls within the growth's comparison window (from
    /// 1 January a year before): its growth is not the park's like for like (年内入驻).
    public var joinedPark: CalendarDate?

    /// The figures with every field given.
    public init(
        enterprise: Enterprise, scaleYearToDate: Amount?, growth: Double?, partYearBase: Bool = false,
        joinedPark: CalendarDate? = nil
    ) {
        self.enterprise = enterprise
        self.scaleYearToDate = scaleYearToDate
        self.growth = growth
        self.partYearBase = partYearBase
        self.joinedPark = joinedPark
    }

    /// The enterprises the filter keeps at `p` (a park's: those in it on the period's last day)
    /// that were active in the twelve months to then, largest year to date first.
    static func list(_ filter: EnterpriseFilter, at p: Period, in index: DatasetIndex) -> [EnterpriseFigures] {
        let windowStart = CalendarDate.firstDay(of: p.year - 1, 1)
        return index.dataset.enterprises.filter { filter.matches($0, atEndOf: p) && index.isActive($0.id, at: p) }.map {
            e in
            let now = index.scale.yearToDate(e.id, year: p.year, month: p.lastMonth)
            let before = index.scale.yearToDate(e.id, year: p.year - 1, month: p.lastMonth)
            let g = now.flatMap { n in before.flatMap { b in b.fen == 0 ? nil : Double(n.fen - b.fen) / Double(b.fen) }
            }
            let partYear = before != nil && (index.scale.firstMonthCovered(e.id, year: p.year - 1) ?? 1) > 1
            let joined =
                filter.parks.isEmpty
                ? nil : e.joinedParks(filter.parks, asOf: p.lastDay).flatMap { $0 > windowStart ? $0 : nil }
            return EnterpriseFigures(
                enterprise: e, scaleYearToDate: now, growth: g, partYearBase: partYear, joinedPark: joined)
        }.sorted { ($0.scaleYearToDate ?? .zero, $1.enterprise.id) > ($1.scaleYearToDate ?? .zero, $0.enterprise.id) }
    }
}
