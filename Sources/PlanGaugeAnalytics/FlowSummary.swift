import PlanGaugeModel

/// A flow summed over enterprises at a period: year-to-date now and a year ago, and 同比.
///
/// 同比 here compares the totals of the two periods (all reporting firms each time; for a park,
/// the firms in it at each period's end). The comparable-basis (同口径) rate is `comparableGrowth`:
/// firms in the set throughout with a value in both periods (see `ComparableBasis`).
public struct FlowSummary: Sendable, Equatable {
    /// The period summed to (its year to date).
    public var period: Period
    /// Σ January to the period's end over the enterprises reporting then.
    public var yearToDate: Amount
    /// Σ of the same months a year earlier (上年同期); nil when nobody had a value then.
    public var yearToDateYearAgo: Amount?
    /// The year (at December) or the twelve months to the period's end.
    public var trailingYear: Amount?
    /// (YTD − YTD a year ago) / YTD a year ago.
    public var growth: Double?
    /// Growth over enterprises in the set throughout that reported in both periods (同口径).
    public var comparableGrowth: Double?
    /// Who is in 同口径 and who is not (新纳入, 退出, 未报, 新入驻, 迁出).
    public var comparable: ComparableGrowth?
    /// Enterprises in the set with a year-to-date value at the period.
    public var reporters: Int

    /// The summary of `field` over the enterprises `filter` keeps at `p`; nil when the field was not gathered or nobody reported.
    public static func of(
        _ field: AmountField, filter: EnterpriseFilter = EnterpriseFilter(), at p: Period,
        in index: DatasetIndex
    ) -> FlowSummary? {
        guard let ledger = index.flow(field) else { return nil }
        let basis = ComparableBasis(index: index, filter: filter)
        let t = basis.tally(
            index.dataset.enterprises, now: p, base: p.yearAgo, windowStart: .firstDay(of: p.year - 1, 1)
        ) { e, q in
            ledger.yearToDate(e.id, year: q.year, month: q.lastMonth)
        }
        guard t.reporters > 0 else { return nil }
        var ttm = Amount.zero, ttmComplete = true
        for e in index.dataset.enterprises
        where basis.member(e, p) && ledger.yearToDate(e.id, year: p.year, month: p.lastMonth) != nil {
            if let v = ledger.trailingYear(e.id, year: p.year, month: p.lastMonth) {
                ttm += v
            } else {
                ttmComplete = false
            }
        }
        return FlowSummary(
            period: p, yearToDate: t.now, yearToDateYearAgo: t.anyBefore ? t.before : nil,
            trailingYear: ttmComplete ? ttm : nil, growth: t.anyBefore ? QuarterlyAnalytics.rate(t.now, t.before) : nil,
            comparableGrowth: t.comparable.growth, comparable: t.anyBefore ? t.comparable : nil, reporters: t.reporters)
    }
}

/// The city's parks compared at a period (a ranking for the dashboards).
public struct ParkFigures: Sendable, Equatable {
    /// The park.
    public var park: Park
    /// 产业收入 (scale) of the park's enterprises, year to date.
    public var scale: FlowSummary?
    /// Enterprises in the park at the period's end and active in the last twelve months.
    public var firms: Int
    /// The park's share of the city's scale, year to date.
    public var shareOfCity: Double?
    /// The park office's own revenue figure (park_stats.csv), year to date.
    public var reportedRevenue: Amount?
    /// 1 = largest scale.
    public var rank: Int

    /// Every park at `p`, largest year-to-date scale first, ranked 1…n.
    public static func compare(at p: Period, in index: DatasetIndex) -> [ParkFigures] {
        let city = FlowSummary.of(.scale, at: p, in: index)
        var rows = index.dataset.parks.map { park -> ParkFigures in
            let s = FlowSummary.of(.scale, filter: EnterpriseFilter(parks: [park.id]), at: p, in: index)
            let firms = index.dataset.enterprises.filter {
                $0.park(atEndOf: p) == park.id && index.isActive($0.id, at: p)
            }.count
            let share = s.flatMap { s in city.map { Double(s.yearToDate.fen) / Double($0.yearToDate.fen) } }
            return ParkFigures(
                park: park, scale: s, firms: firms, shareOfCity: share,
                reportedRevenue: index.parkRevenue.yearToDate(park.id, year: p.year, month: p.lastMonth), rank: 0)
        }
        rows.sort { ($0.scale?.yearToDate ?? .zero, $1.park.id) > ($1.scale?.yearToDate ?? .zero, $0.park.id) }
        for i in rows.indices { rows[i].rank = i + 1 }
        return rows
    }
}
