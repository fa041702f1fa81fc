import PlanGaugeModel

/// The quarter's statistical summary as 经信委 staff write it (PlanGaugeAnalytics.docc, GrowthAndContribution): totals,
/// 同比/环比, 同口径 growth with entries and exits, 贡献率/拉动 by segment, district, park and the
/// largest enterprises, and rankings with their change of place.
public struct QuarterlySummary: Sendable {
    /// The quarter summarised.
    public var period: Period
    /// The amount summed: by default the scale (产业收入, else 营业收入).
    public var field: AmountField
    /// The quarter alone (当季): totals, 同比, 环比 and 同口径.
    public var quarter: GrowthFigures
    /// January to the quarter's end (累计): totals, 同比 and 同口径.
    public var yearToDate: GrowthFigures
    /// 累计同比 at each quarter-end (1-3月 … 1-12月) of the quarter's year and of the year before,
    /// four entries: the 累计增速走势, each rate computed as `yearToDate.growth` is.
    public var quarterEnds: [QuarterEndGrowth]
    /// Decompositions of the year-to-date growth.
    public var breakdowns: [Breakdown]
    /// Districts by 累计 value, with 同比 and change of place since the previous quarter.
    public var districtRanking: [RankRow]
    /// Parks (each value in the park the firm was in then) by 累计 value, with 同比 and change of place.
    public var parkRanking: [RankRow]
    /// Gaps and conflicts in the enterprises' series (the values they affect are left out).
    public var seriesIssues: Int
}

/// Builds the quarterly summary (`QuarterlySummary`) of an amount field.
public enum QuarterlyAnalytics {
    /// `seriesIssues`: the count of series problems when the caller already has it (they are the
    /// same for every quarter, and finding them costs a pass over every fact). `filter`: the
    /// enterprises summed (a park's: `EnterpriseFilter(parks: [id])`), each at every period as it
    /// was on the period's last day; 同口径 then leaves out those that joined or left (see
    /// `ComparableBasis`).
    public static func summarize(
        _ index: DatasetIndex, at quarter: Period, field: AmountField = .scale,
        filter: EnterpriseFilter = EnterpriseFilter(), seriesIssues: Int? = nil
    ) -> QuarterlySummary? {
        guard let ledger = index.flow(field) else { return nil }
        let firms = index.dataset.enterprises
        let basis = ComparableBasis(index: index, filter: filter)
        /// The enterprise's own figure, whatever its membership.
        func own(_ e: Enterprise, _ view: QuarterView, _ p: Period) -> Amount? {
            view == .period ? ledger.periodValue(e.id, p) : ledger.yearToDate(e.id, year: p.year, month: p.lastMonth)
        }
        /// Its figure as counted in the set at `p`.
        func value(_ e: Enterprise, _ view: QuarterView, _ p: Period) -> Amount? {
            basis.member(e, p) ? own(e, view, p) : nil
        }
        func figures(_ view: QuarterView, _ p: Period, deep: Bool) -> GrowthFigures {
            let t = basis.tally(
                firms, now: p, base: p.yearAgo, windowStart: ComparableBasis.windowStart(view, base: p.yearAgo)
            ) {
                own($0, view, $1)
            }
            var prev = Amount.zero, anyPrev = false
            // The period before, within the year for 累计 (Q1's year to date has none): its growth is
            // 上期同比. 环比 is a 当季 figure only: 1-9月 against 1-6月 is no rate of anything.
            let previous: Period? = view == .period ? p.previous : (p.index > 1 ? p.previous : nil)
            if let previous, view == .period {
                for e in firms { if let x = value(e, view, previous) { prev += x; anyPrev = true } }
            }
            var f = GrowthFigures(
                view: view, period: p, total: t.now, totalYearAgo: t.anyBefore ? t.before : nil,
                totalPrevious: anyPrev ? prev : nil, growth: t.anyBefore ? rate(t.now, t.before) : nil,
                chainGrowth: anyPrev ? rate(t.now, prev) : nil,
                comparable: t.anyBefore ? t.comparable : nil, reporters: t.reporters)
            if deep {
                // The same rate one period earlier (within the year for 累计) and one year earlier.
                f.growthPrevious = previous.flatMap { figures(view, $0, deep: false).growth }
                f.growthYearAgo = figures(view, p.yearAgo, deep: false).growth
            }
            return f
        }
        let ytd = figures(.cumulative, quarter, deep: true)
        guard ytd.reporters > 0 else { return nil }
        let parkNames = Dictionary(index.dataset.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Without last year's figures there is no growth to decompose.
        let breakdowns =
            ytd.totalYearAgo == nil
            ? []
            : Decomposition.all(
                firms: firms, value: { value($0, .cumulative, $1) }, at: quarter, index: index,
                partYearBase: { e in ledger.firstMonthCovered(e.id, year: quarter.year - 1).map { $0 > 1 } ?? false })
        return QuarterlySummary(
            period: quarter, field: field, quarter: figures(.period, quarter, deep: true), yearToDate: ytd,
            quarterEnds: QuarterEndGrowth.path(quarter, ytd: ytd) { figures(.cumulative, $0, deep: false).growth },
            breakdowns: breakdowns,
            districtRanking: Ranking.rank(
                firms, key: { e, _ in e.district }, value: { value($0, .cumulative, $1) }, at: quarter),
            parkRanking: Ranking.rank(
                firms, key: { e, p in e.park(atEndOf: p).flatMap { parkNames[$0] } },
                value: { value($0, .cumulative, $1) }, at: quarter),
            seriesIssues: seriesIssues ?? SeriesChecks.run(index.dataset).count)
    }

    static func rate(_ a: Amount, _ b: Amount) -> Double? {
        b.fen == 0 ? nil : Double(a.fen - b.fen) / Double(b.fen)
    }
}
