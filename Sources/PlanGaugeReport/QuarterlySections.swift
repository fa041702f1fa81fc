/// The city page's "本季度运行情况": the paragraph, then the tables and charts behind it.
enum QuarterlySections {
    static func build(_ q: QuarterlyReport?, _ l: L10n) -> [Section] {
        guard let q else { return [] }
        var sections = [narrative(q, l), totals(q, l)]
        if let path = QuarterlyCharts.growthPath(q, l) { sections.append(path) }
        sections += q.breakdowns.compactMap { breakdown($0, q, l) }
        sections.append(districtRanking(q, l))
        return sections
    }

    /// An amount in the page's money unit with two decimals, "—" when there is none.
    private static func money(_ v: Double?, _ l: L10n) -> String {
        v.map { NumberFormat.fixed($0 / l.moneyScale, places: 2) } ?? "—"
    }
    private static func raw(_ v: Double?) -> String? { v.map(CityPageBuilder.raw) }
    /// A money cell's CSV value in the column's unit: 亿元, or CNY bn on English pages.
    private static func rawMoney(_ v: Double?, _ l: L10n) -> String? {
        v.map { CityPageBuilder.raw($0 / l.moneyScale) }
    }
    private static func signed(_ f: Double?) -> String { f.map(CityPageBuilder.signed) ?? "—" }
    /// A rate as percentage points with one decimal, "—" when there is none.
    private static func points(_ f: Double?) -> String { f.map { NumberFormat.fixed($0 * 100, places: 1) } ?? "—" }
    /// A change of place: "↑2", "↓1", or "—" when unchanged or unknown.
    private static func move(_ n: Int?) -> String { n.map { $0 == 0 ? "—" : ($0 > 0 ? "↑\($0)" : "↓\(-$0)") } ?? "—" }

    /// The quarter's paragraph under its period and basis.
    private static func narrative(_ q: QuarterlyReport, _ l: L10n) -> Section {
        let text = QuarterlyText(l: l)
        return Section(
            id: "quarter", title: text.thisQuarter,
            note: text.quarterNote(periodLabel: q.periodLabel, period: q.period),
            content: .paragraphs(q.narrative))
    }

    /// 总量与增速: the year to date and the quarter, one row each.
    private static func totals(_ q: QuarterlyReport, _ l: L10n) -> Section {
        let text = QuarterlyText(l: l), shared = SharedText(l: l)
        var totals: [[ReportTable.Cell]] = []
        for (name, f) in [
            (text.yearToDateRow(q.yearToDateLabel), q.yearToDate), (text.quarterRow(q.periodLabel), q.quarter)
        ] {
            totals.append([
                .init(name), .init(money(f.total, l), raw: rawMoney(f.total, l)),
                .init(money(f.totalYearAgo, l), raw: rawMoney(f.totalYearAgo, l)),
                .init(signed(f.growth), raw: raw(f.growth)),
                .init(signed(f.comparable?.growth), raw: raw(f.comparable?.growth)),
                .init(signed(f.chainGrowth), raw: raw(f.chainGrowth)),
                .init(String(f.comparable?.entered ?? 0)), .init(String(f.comparable?.left ?? 0)),
                .init(String(f.comparable?.unreported.count ?? 0))
            ])
        }
        return Section(
            id: "quarter-totals", title: text.totals,
            content: .table(
                ReportTable(
                    id: "quarter_totals", title: text.totals,
                    columns: [
                        .init(""), .init(text.now, numeric: true), .init(text.yearAgo, numeric: true),
                        .init(shared.yoy, numeric: true), .init(text.comparable, numeric: true),
                        .init(text.qoq, numeric: true), .init(text.entered, numeric: true),
                        .init(text.left, numeric: true), .init(text.notReported, numeric: true)
                    ], rows: totals)))
    }

    /// The contributions by segment, district or enterprise; nil for any other dimension. Segments
    /// and districts are drawn as bars of 累计 with their 拉动, over the same table (so `data/` keeps its files).
    private static func breakdown(
        _ b: QuarterlyReport.BreakdownTable, _ q: QuarterlyReport, _ l: L10n
    ) -> Section? {
        let text = QuarterlyText(l: l), shared = SharedText(l: l)
        guard let title = text.breakdownTitle(b.dimension) else { return nil }
        let table = ReportTable(
            id: "quarter_\(b.dimension)", title: title,
            columns: [
                .init(""), .init(text.now, numeric: true), .init(text.yearAgo, numeric: true),
                .init(shared.yoy, numeric: true), .init(text.share, numeric: true),
                .init(text.contribution, numeric: true), .init(text.pull, numeric: true)
            ],
            rows: b.rows.map { breakdownRow($0, b, l) })
        return Section(
            id: "quarter-\(b.dimension)", title: title,
            note: text.breakdownNote(yearToDateLabel: q.yearToDateLabel, points: points(b.totalGrowth)),
            content: QuarterlyCharts.barDimensions.contains(b.dimension)
                ? .bars(QuarterlyCharts.breakdownBars(b, table: table, q, l)) : .table(table))
    }

    /// One part's value, growth (marked when its first year is short), share, contribution and pull.
    private static func breakdownRow(
        _ r: QuarterlyReport.BreakdownTable.Row, _ b: QuarterlyReport.BreakdownTable, _ l: L10n
    ) -> [ReportTable.Cell] {
        let shared = SharedText(l: l)
        return [
            .init(b.dimension == "enterprise" && r.name != "（其他企业）" ? r.name : l.name(r.name)),
            .init(money(r.value, l), raw: rawMoney(r.value, l)),
            .init(money(r.valueYearAgo, l), raw: rawMoney(r.valueYearAgo, l)),
            .init(
                signed(r.growth)
                    + (r.partYearBase && r.growth != nil ? shared.parenthesized(shared.partYearBase) : ""),
                raw: raw(r.growth)), .init(NumberFormat.percent(r.share), raw: raw(r.share)),
            .init(NumberFormat.percent(r.contributionRate), raw: raw(r.contributionRate)),
            .init(points(r.pull), raw: raw(r.pull.map { $0 * 100 }))  // in points, as its column says
        ]
    }

    /// 分区排名: districts by year-to-date scale with their moves since the quarter before.
    private static func districtRanking(_ q: QuarterlyReport, _ l: L10n) -> Section {
        let text = QuarterlyText(l: l), shared = SharedText(l: l)
        return Section(
            id: "quarter-districts", title: text.districtsRanked, note: text.districtsNote,
            content: .table(
                ReportTable(
                    id: "quarter_district_ranking", title: text.districtsRanked,
                    columns: [
                        .init(text.rank, numeric: true), .init(text.district),
                        .init(text.yearToDateColumn, numeric: true), .init(shared.yoy, numeric: true),
                        .init(text.move, numeric: true), .init(text.growthRank, numeric: true),
                        .init(text.growthMove, numeric: true)
                    ],
                    rows: q.districtRanking.map { r in
                        [
                            .init(String(r.scaleRank)), .init(l.name(r.name)),
                            .init(money(r.value, l), raw: rawMoney(r.value, l)),
                            .init(signed(r.growth), raw: raw(r.growth)),
                            .init(move(r.scaleRankChange), raw: r.scaleRankChange.map(String.init) ?? ""),
                            .init(r.growthRank.map(String.init) ?? "—"),
                            .init(move(r.growthRankChange), raw: r.growthRankChange.map(String.init) ?? "")
                        ]
                    })))
    }
}
