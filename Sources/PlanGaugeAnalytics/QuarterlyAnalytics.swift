import PlanGaugeModel

/// The quarter's statistical summary as 经信委 staff write it (DOMAIN.md, "Growth"): totals,
/// 同比/环比, 同口径 growth with entries and exits, 贡献率/拉动 by segment, district, park and the
/// largest enterprises, and rankings with their change of place.
public struct QuarterlySummary: Sendable {
    public var period: Period
    public var field: AmountField
    public var quarter: GrowthFigures
    public var yearToDate: GrowthFigures
    /// Decompositions of the year-to-date growth.
    public var breakdowns: [Breakdown]
    public var districtRanking: [RankRow]
    public var parkRanking: [RankRow]
    /// Gaps and conflicts in the enterprises' series (the values they affect are left out).
    public var seriesIssues: Int
}

public enum QuarterlyAnalytics {
    /// `seriesIssues`: the count of series problems when the caller already has it (they are the
    /// same for every quarter, and finding them costs a pass over every fact).
    public static func summarize(_ index: DatasetIndex, at quarter: Period, field: AmountField = .scale,
                                 seriesIssues: Int? = nil) -> QuarterlySummary? {
        guard let ledger = index.flow(field) else { return nil }
        let firms = index.dataset.enterprises
        func value(_ e: Enterprise, _ view: QuarterView, _ p: Period) -> Amount? {
            view == .period ? ledger.periodValue(e.id, p) : ledger.yearToDate(e.id, year: p.year, month: p.lastMonth)
        }
        func figures(_ view: QuarterView, _ p: Period, deep: Bool) -> GrowthFigures {
            var now = Amount.zero, ago = Amount.zero, prev = Amount.zero
            var reporters = 0, anyAgo = false, anyPrev = false
            var both = 0, bothNow = Amount.zero, bothBefore = Amount.zero
            var entered = 0, enteredValue = Amount.zero, left = 0, leftValue = Amount.zero
            // 累计 环比 compares within a year only: Q1's year to date has no previous one.
            let previous: Period? = view == .period ? p.previous : (p.index > 1 ? p.previous : nil)
            for e in firms {
                let v = value(e, view, p), w = value(e, view, p.yearAgo)
                if let v { now += v; reporters += 1 }
                if let w { ago += w; anyAgo = true }
                if let previous, let x = value(e, view, previous) { prev += x; anyPrev = true }
                switch (v, w) {
                case let (v?, w?): both += 1; bothNow += v; bothBefore += w
                case let (v?, nil): entered += 1; enteredValue += v
                case let (nil, w?): left += 1; leftValue += w
                default: break
                }
            }
            let g = anyAgo ? rate(now, ago) : nil
            var comparable: ComparableGrowth?
            if anyAgo {
                let gc = rate(bothNow, bothBefore)
                comparable = ComparableGrowth(
                    firms: both, now: bothNow, before: bothBefore, growth: gc, entered: entered, enteredValue: enteredValue,
                    left: left, leftValue: leftValue,
                    entryEffect: ago.fen == 0 ? nil : Double(enteredValue.fen) / Double(ago.fen),
                    exitEffect: ago.fen == 0 || gc == nil ? nil : -Double(leftValue.fen) * (1 + gc!) / Double(ago.fen))
            }
            var f = GrowthFigures(view: view, period: p, total: now, totalYearAgo: anyAgo ? ago : nil,
                                  totalPrevious: anyPrev ? prev : nil, growth: g, chainGrowth: anyPrev ? rate(now, prev) : nil,
                                  comparable: comparable, reporters: reporters)
            if deep {
                // The same rate one period earlier (within the year for 累计) and one year earlier.
                let earlier: Period? = view == .period ? p.previous : (p.index > 1 ? p.previous : nil)
                f.growthPrevious = earlier.flatMap { figures(view, $0, deep: false).growth }
                f.growthYearAgo = figures(view, p.yearAgo, deep: false).growth
            }
            return f
        }
        let ytd = figures(.cumulative, quarter, deep: true)
        guard ytd.reporters > 0 else { return nil }
        // Without last year's figures there is no growth to decompose.
        let breakdowns = ytd.totalYearAgo == nil ? []
            : Decomposition.all(firms: firms, value: { value($0, .cumulative, $1) }, at: quarter, index: index)
        return QuarterlySummary(
            period: quarter, field: field, quarter: figures(.period, quarter, deep: true), yearToDate: ytd,
            breakdowns: breakdowns,
            districtRanking: Ranking.rank(groups: group(firms) { $0.district }, value: { value($0, .cumulative, $1) }, at: quarter),
            parkRanking: Ranking.rank(groups: group(firms) { e in e.park.flatMap { id in index.dataset.parks.first { $0.id == id }?.name } },
                                      value: { value($0, .cumulative, $1) }, at: quarter),
            seriesIssues: seriesIssues ?? SeriesChecks.run(index.dataset).count)
    }

    static func rate(_ a: Amount, _ b: Amount) -> Double? {
        b.fen == 0 ? nil : Double(a.fen - b.fen) / Double(b.fen)
    }

    static func group(_ firms: [Enterprise], by key: (Enterprise) -> String?) -> [(String, [Enterprise])] {
        var groups: [String: [Enterprise]] = [:]
        for e in firms { if let k = key(e) { groups[k, default: []].append(e) } }
        return groups.sorted { $0.key < $1.key }
    }
}
