import PlanGaugeModel

/// The quarter's paragraph in the official order: 总量 + 同比 → 较上期/上年同期 提高或回落 X 个百分点
/// → 分领域 占比与拉动 → 分区排名. The words are in QuarterlyNarrativeText; English says less.
enum QuarterlyNarrative {
    /// A rate without its sign; the words say which way it went.
    private static func pct(_ f: Double) -> String { NumberFormat.percent(abs(f)) }

    static func paragraphs(_ r: QuarterlyReport, _ p: Period, _ l: L10n) -> [String] {
        let text = QuarterlyNarrativeText(l: l)
        var out = [totals(r, p, text, l)]
        if let segments = segments(r, text, l) { out.append(segments) }
        let d = districts(r, text, l) + leadingPark(r, text, l)
        if !d.isEmpty { out.append(d) }
        return out
    }

    /// 总量 + 同比 (with the 同口径 split), the quarter alone, then how the cumulative growth moved.
    private static func totals(_ r: QuarterlyReport, _ p: Period, _ text: QuarterlyNarrativeText, _ l: L10n)
        -> String
    {
        let y = r.yearToDate, q = r.quarter
        var s = text.earned(l.money(yi: y.total), field: r.field, yearToDateLabel: r.yearToDateLabel, period: p)
        if let g = y.growth { s += text.yearOnYear(rising: g >= 0, by: pct(g)) }
        if let c = y.comparable, let gc = c.growth {
            s += text.comparable(rising: gc >= 0, by: pct(gc), entered: c.entered, left: c.left)
            if !c.unreported.isEmpty { s += text.notYetReported(c.unreported.count) }
            if !c.joined.isEmpty { s += text.movedIn(c.joined.count) }
            if !c.movedOut.isEmpty { s += text.movedOut(c.movedOut.count) }
            s += text.comparableEnd
        }
        if p.index > 1 {
            s += text.quarterAlone(p.index, earned: l.money(yi: q.total))
            if let g = q.growth { s += text.quarterYearOnYear(rising: g >= 0, by: pct(g)) }
            if let c = q.chainGrowth { s += text.quarterOnQuarter(rising: c >= 0, by: pct(c)) }
        }
        var changes: [String] = []
        if let g = y.growth, let prev = y.growthPrevious {
            changes.append(text.sincePrevious(month: p.lastMonth - 3, diff: g - prev))
        }
        if let g = y.growth, let ago = y.growthYearAgo, let change = text.sinceYearAgo(g - ago) {
            changes.append(change)
        }
        return s + text.growthMoved(changes)
    }

    /// 分领域: the three largest named segments with their share and pull (in English the largest, when
    /// it has a pull); nil when there are none.
    private static func segments(_ r: QuarterlyReport, _ text: QuarterlyNarrativeText, _ l: L10n) -> String? {
        guard let seg = r.breakdowns.first(where: { $0.dimension == "segment" }) else { return nil }
        let named = seg.rows.filter { $0.name != "（未注明）" }.prefix(3).map { row in
            text.segment(
                l.name(row.name), money: l.money(yi: row.value), share: NumberFormat.percent(row.share),
                pull: row.pull.map { NumberFormat.fixed(abs($0) * 100, places: 1) }, down: (row.pull ?? 0) < 0)
        }
        // The largest named segment: firms without a segment are no segment to name.
        let largest = seg.rows.first { $0.name != "（未注明）" }.flatMap { top in
            top.pull.map {
                text.largestSegment(
                    l.name(top.name), share: NumberFormat.percent(top.share),
                    pull: NumberFormat.fixed($0 * 100, places: 1))
            }
        }
        return text.segments(named, largest: largest)
    }

    /// 分区: the three largest districts, the fastest growing, and those that changed place; "" without districts.
    private static func districts(_ r: QuarterlyReport, _ text: QuarterlyNarrativeText, _ l: L10n) -> String {
        let districts = r.districtRanking
        guard !districts.isEmpty else { return "" }
        var d = text.leadingDistricts(districts.prefix(3).map { l.name($0.name) })
        if let fastest = districts.filter({ $0.growth != nil }).min(by: {
            ($0.growthRank ?? 99) < ($1.growthRank ?? 99)
        }), let g = fastest.growth {
            d += text.fastestDistrict(l.name(fastest.name), rising: g >= 0, by: pct(g))
        }
        let moved = districts.filter { ($0.scaleRankChange ?? 0) != 0 }
        if !moved.isEmpty {
            d += text.districtMoves(moved.map { text.districtMoved(l.name($0.name), places: $0.scaleRankChange ?? 0) })
        }
        return d + SharedText(l: l).fullStop
    }

    /// The largest park with its cumulative value and share; "" without parks.
    private static func leadingPark(_ r: QuarterlyReport, _ text: QuarterlyNarrativeText, _ l: L10n) -> String {
        guard let park = r.parkRanking.first else { return "" }
        // The park's share as the decomposition computed it (the narrative only words it).
        let share = r.breakdowns.first { $0.dimension == "park" }?.rows.first { $0.name == park.name }?.share
        return text.leadingPark(
            l.name(park.name), money: l.money(yi: park.value), share: share.map { NumberFormat.percent($0) })
    }
}
