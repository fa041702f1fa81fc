/// The city page's "本季度运行情况": the paragraph, then the tables behind it.
enum QuarterlySections {
    static func build(_ q: QuarterlyReport?, _ l: L10n) -> [Section] {
        guard let q else { return [] }
        var sections = [narrative(q, l), totals(q, l)]
        sections += q.breakdowns.compactMap { breakdown($0, q, l) }
        sections.append(districtRanking(q, l))
        return sections
    }

    /// An amount in the page's money unit with two decimals, "—" when there is none.
    private static func money(_ v: Double?, _ l: L10n) -> String {
        v.map { NumberFormat.fixed($0 / l.moneyScale, places: 2) } ?? "—"
    }
    private static func raw(_ v: Double?) -> String? { v.map(CityPageBuilder.raw) }
    private static func signed(_ f: Double?) -> String { f.map(CityPageBuilder.signed) ?? "—" }
    /// A rate as percentage points with one decimal, "—" when there is none.
    private static func points(_ f: Double?) -> String { f.map { NumberFormat.fixed($0 * 100, places: 1) } ?? "—" }
    /// A change of place: "↑2", "↓1", or "—" when unchanged or unknown.
    private static func move(_ n: Int?) -> String { n.map { $0 == 0 ? "—" : ($0 > 0 ? "↑\($0)" : "↓\(-$0)") } ?? "—" }

    /// The quarter's paragraph under its period and basis.
    private static func narrative(_ q: QuarterlyReport, _ l: L10n) -> Section {
        Section(
            id: "quarter", title: l.t("本季度运行情况", "This quarter"),
            note: l.t(
                "\(q.periodLabel)；同口径为两期均有数据的企业。", "\(q.period); comparable basis: firms with data in both periods."
            ),
            content: .paragraphs(q.narrative))
    }

    /// 总量与增速: the year to date and the quarter, one row each.
    private static func totals(_ q: QuarterlyReport, _ l: L10n) -> Section {
        var totals: [[ReportTable.Cell]] = []
        for (name, f) in [
            (l.t("\(q.yearToDateLabel)累计", "Year to date"), q.yearToDate),
            (l.t("\(q.periodLabel)当季", "Quarter"), q.quarter)
        ] {
            totals.append([
                .init(name), .init(money(f.total, l), raw: raw(f.total)),
                .init(money(f.totalYearAgo, l), raw: raw(f.totalYearAgo)),
                .init(signed(f.growth), raw: raw(f.growth)),
                .init(signed(f.comparable?.growth), raw: raw(f.comparable?.growth)),
                .init(signed(f.chainGrowth), raw: raw(f.chainGrowth)),
                .init(String(f.comparable?.entered ?? 0)), .init(String(f.comparable?.left ?? 0)),
                .init(String(f.comparable?.unreported.count ?? 0))
            ])
        }
        return Section(
            id: "quarter-totals", title: l.t("总量与增速", "Totals and growth"),
            content: .table(
                ReportTable(
                    id: "quarter_totals", title: l.t("总量与增速", "Totals and growth"),
                    columns: [
                        .init(""), .init(l.t("本期（亿元）", "Now (CNY bn)"), numeric: true),
                        .init(l.t("上年同期", "A year ago"), numeric: true),
                        .init(l.t("同比", "YoY"), numeric: true), .init(l.t("同口径", "Comparable"), numeric: true),
                        .init(l.t("环比", "QoQ"), numeric: true), .init(l.t("新纳入", "Entered"), numeric: true),
                        .init(l.t("退出", "Left"), numeric: true), .init(l.t("未报", "Not yet reported"), numeric: true)
                    ], rows: totals)))
    }

    /// The contributions by segment, district or enterprise; nil for any other dimension.
    private static func breakdown(
        _ b: QuarterlyReport.BreakdownTable, _ q: QuarterlyReport, _ l: L10n
    ) -> Section? {
        let titles: [String: (String, String)] = [
            "segment": ("分领域贡献", "By segment"), "district": ("分区贡献", "By district"),
            "enterprise": ("重点企业拉动（前10家）", "Largest enterprises")
        ]
        guard let title = titles[b.dimension] else { return nil }
        let (zh, en) = title
        return Section(
            id: "quarter-\(b.dimension)", title: l.t(zh, en),
            note: l.t(
                "\(q.yearToDateLabel)累计；拉动合计 \(points(b.totalGrowth)) 个百分点，等于全市增速。",
                "Year to date; the pulls add up to \(points(b.totalGrowth)) points, the city's growth."),
            content: .table(
                ReportTable(
                    id: "quarter_\(b.dimension)", title: l.t(zh, en),
                    columns: [
                        .init(""), .init(l.t("本期（亿元）", "Now (CNY bn)"), numeric: true),
                        .init(l.t("上年同期", "A year ago"), numeric: true),
                        .init(l.t("同比", "YoY"), numeric: true), .init(l.t("占比", "Share"), numeric: true),
                        .init(l.t("贡献率", "Contribution"), numeric: true),
                        .init(l.t("拉动（个百分点）", "Pull (points)"), numeric: true)
                    ],
                    rows: b.rows.map { breakdownRow($0, b, l) })))
    }

    /// One part's value, growth (marked when its first year is short), share, contribution and pull.
    private static func breakdownRow(
        _ r: QuarterlyReport.BreakdownTable.Row, _ b: QuarterlyReport.BreakdownTable, _ l: L10n
    ) -> [ReportTable.Cell] {
        [
            .init(b.dimension == "enterprise" && r.name != "（其他企业）" ? r.name : l.name(r.name)),
            .init(money(r.value, l), raw: raw(r.value)),
            .init(money(r.valueYearAgo, l), raw: raw(r.valueYearAgo)),
            .init(
                signed(r.growth)
                    + (r.partYearBase && r.growth != nil
                        ? l.t("（首年不足12个月）", " (first year under 12 months)") : ""),
                raw: raw(r.growth)), .init(NumberFormat.percent(r.share), raw: raw(r.share)),
            .init(NumberFormat.percent(r.contributionRate), raw: raw(r.contributionRate)),
            .init(points(r.pull), raw: raw(r.pull))
        ]
    }

    /// 分区排名: districts by year-to-date scale with their moves since the quarter before.
    private static func districtRanking(_ q: QuarterlyReport, _ l: L10n) -> Section {
        Section(
            id: "quarter-districts", title: l.t("分区排名", "Districts ranked"),
            note: l.t("按累计规模排名，位次变化与上季度比。", "By year-to-date scale; change of place since the previous quarter."),
            content: .table(
                ReportTable(
                    id: "quarter_district_ranking", title: l.t("分区排名", "Districts ranked"),
                    columns: [
                        .init(l.t("位次", "Rank"), numeric: true), .init(l.t("区", "District")),
                        .init(l.t("累计（亿元）", "YTD (CNY bn)"), numeric: true),
                        .init(l.t("同比", "YoY"), numeric: true), .init(l.t("位次变化", "Move"), numeric: true),
                        .init(l.t("增速位次", "Growth rank"), numeric: true),
                        .init(l.t("增速位次变化", "Move"), numeric: true)
                    ],
                    rows: q.districtRanking.map { r in
                        [
                            .init(String(r.scaleRank)), .init(l.name(r.name)),
                            .init(money(r.value, l), raw: raw(r.value)), .init(signed(r.growth), raw: raw(r.growth)),
                            .init(move(r.scaleRankChange), raw: r.scaleRankChange.map(String.init) ?? ""),
                            .init(r.growthRank.map(String.init) ?? "—"),
                            .init(move(r.growthRankChange), raw: r.growthRankChange.map(String.init) ?? "")
                        ]
                    })))
    }
}
