import PlanGaugeModel

/// A flow summed over enterprises at a period: year-to-date now and a year ago, and 同比.
///
/// 同比 here compares the totals of the two periods (all reporting firms each time). The
/// comparable-basis (同口径) rate over firms present in both periods is `comparableGrowth`.
public struct FlowSummary: Sendable, Equatable {
    public var period: Period
    public var yearToDate: Amount
    public var yearToDateYearAgo: Amount?
    /// The year (at December) or the twelve months to the period's end.
    public var trailingYear: Amount?
    /// (YTD − YTD a year ago) / YTD a year ago.
    public var growth: Double?
    /// Growth over enterprises that reported in both periods (同口径).
    public var comparableGrowth: Double?
    public var reporters: Int

    public static func of(_ field: AmountField, filter: EnterpriseFilter = EnterpriseFilter(), at p: Period,
                          in index: DatasetIndex) -> FlowSummary? {
        guard let ledger = index.flow(field) else { return nil }
        let firms = filter.isEmpty ? index.dataset.enterprises : index.dataset.enterprises.filter(filter.matches)
        var now = Amount.zero, before = Amount.zero, ttm = Amount.zero
        var bothNow = Amount.zero, bothBefore = Amount.zero
        var reporters = 0, anyBefore = false, ttmComplete = true
        for e in firms {
            let v = ledger.yearToDate(e.id, year: p.year, month: p.lastMonth)
            let w = ledger.yearToDate(e.id, year: p.year - 1, month: p.lastMonth)
            if let v {
                now += v
                reporters += 1
                if let t = ledger.trailingYear(e.id, year: p.year, month: p.lastMonth) { ttm += t } else { ttmComplete = false }
            }
            if let w { before += w; anyBefore = true }
            if let v, let w { bothNow += v; bothBefore += w }
        }
        guard reporters > 0 else { return nil }
        let rate = { (a: Amount, b: Amount) -> Double? in b.fen == 0 ? nil : Double(a.fen - b.fen) / Double(b.fen) }
        return FlowSummary(period: p, yearToDate: now, yearToDateYearAgo: anyBefore ? before : nil,
                           trailingYear: ttmComplete ? ttm : nil, growth: anyBefore ? rate(now, before) : nil,
                           comparableGrowth: rate(bothNow, bothBefore), reporters: reporters)
    }
}

/// The city's parks compared at a period (a ranking for the dashboards).
public struct ParkFigures: Sendable, Equatable {
    public var park: Park
    /// 产业收入 (scale) of the park's enterprises, year to date.
    public var scale: FlowSummary?
    /// Enterprises of the park active in the last twelve months.
    public var firms: Int
    /// The park's share of the city's scale, year to date.
    public var shareOfCity: Double?
    /// The park office's own revenue figure (park_stats.csv), year to date.
    public var reportedRevenue: Amount?
    /// 1 = largest scale.
    public var rank: Int

    public static func compare(at p: Period, in index: DatasetIndex) -> [ParkFigures] {
        let city = FlowSummary.of(.scale, at: p, in: index)
        var rows = index.dataset.parks.map { park -> ParkFigures in
            let s = FlowSummary.of(.scale, filter: EnterpriseFilter(parks: [park.id]), at: p, in: index)
            let firms = index.dataset.enterprises.filter { $0.park == park.id && index.isActive($0.id, at: p) }.count
            let share = s.flatMap { s in city.map { Double(s.yearToDate.fen) / Double($0.yearToDate.fen) } }
            return ParkFigures(park: park, scale: s, firms: firms, shareOfCity: share,
                               reportedRevenue: index.parkRevenue.yearToDate(park.id, year: p.year, month: p.lastMonth), rank: 0)
        }
        rows.sort { ($0.scale?.yearToDate ?? .zero, $1.park.id) > ($1.scale?.yearToDate ?? .zero, $0.park.id) }
        for i in rows.indices { rows[i].rank = i + 1 }
        return rows
    }
}
