/// The charts of the city page's "本季度运行情况": the 累计增速走势 by quarter-end, and the
/// segments' and districts' 累计 with their 拉动. They draw the `QuarterlyReport`'s figures as they are
/// and show them in a table beside the chart; nothing here computes a statistic.
enum QuarterlyCharts {
    /// 累计增速走势: this year's and last year's 累计同比 at each quarter-end, in %, with its table;
    /// nil when neither year has a rate.
    static func growthPath(_ q: QuarterlyReport, _ l: L10n) -> Section? {
        let text = QuarterlyText(l: l)
        guard let year = Int(q.period.prefix(4)),
            q.quarterEnds.contains(where: { $0.growth != nil || $0.growthYearAgo != nil })
        else { return nil }
        let ends = q.quarterEnds.sorted { $0.quarter < $1.quarter }
        /// One year's line: a point at each quarter-end with a rate (x = 0 for 1-3月).
        func line(_ name: String, _ style: LineChart.Style, _ rate: (QuarterlyReport.QuarterEnd) -> Double?)
            -> LineChart.Series
        {
            .init(
                name: name, style: style,
                points: ends.compactMap { e in rate(e).map { .init(x: Double(e.quarter - 1), y: $0 * 100) } })
        }
        let signed = { (f: Double?) in f.map(CityPageBuilder.signed) ?? "—" }
        let table = ReportTable(
            id: "quarter_growth_path", title: text.growthPath,
            columns: [
                .init(text.yearTo, nowrap: true), .init(text.year(year), numeric: true),
                .init(text.year(year - 1), numeric: true)
            ],
            rows: ends.map { e in
                [
                    .init(text.quarterEnd(e.quarter)),
                    .init(signed(e.growth), raw: e.growth.map(CityPageBuilder.raw)),
                    .init(signed(e.growthYearAgo), raw: e.growthYearAgo.map(CityPageBuilder.raw))
                ]
            })
        let listed = { (rate: (QuarterlyReport.QuarterEnd) -> Double?) in
            ends.compactMap { e in rate(e).map { "\(text.quarterEnd(e.quarter)) \(signed($0))" } }
        }
        let chart = LineChart(
            id: "quarter-growth-chart", title: text.growthPath,
            summary: text.growthPathSummary(
                year: year, thisYear: listed(\.growth), lastYear: listed(\.growthYearAgo)),
            unit: "%",
            series: [line(text.year(year), .solid, \.growth), line(text.year(year - 1), .dashed, \.growthYearAgo)],
            table: table, xLabels: (1...4).map(text.quarterEnd))
        return Section(id: "quarter-growth", title: text.growthPath, note: text.growthPathNote, content: .chart(chart))
    }

    /// The breakdowns drawn as bars: by segment and by district.
    static let barDimensions: Set<String> = ["segment", "district"]

    /// A breakdown's parts as bars of their 累计 (in the page's money unit) with their 拉动 (个百分点)
    /// beside them, over `table`, the breakdown's own table.
    static func breakdownBars(_ b: QuarterlyReport.BreakdownTable, table: ReportTable, _ q: QuarterlyReport, _ l: L10n)
        -> BarChart
    {
        let text = QuarterlyText(l: l)
        let names = b.rows.map { l.name($0.name) }
        let pulls = b.rows.map { $0.pull.map { $0 * 100 } }
        let points = { (v: Double) in (v > 0 ? "+" : "") + NumberFormat.fixed(v, places: 1) }
        // The parts with the largest and the smallest pull, named in the description.
        let ranked = zip(names, pulls).compactMap { n, p in p.map { (n, $0) } }
        let largest = ranked.max { $0.1 < $1.1 }, smallest = ranked.min { $0.1 < $1.1 }
        return BarChart(
            id: "quarter-\(b.dimension)-bars", title: table.title,
            summary: text.breakdownSummary(
                b.dimension, yearToDateLabel: l.lang == .zh ? q.yearToDateLabel : "",
                largest: largest.map { ($0.0, points($0.1)) }, smallest: smallest.map { ($0.0, points($0.1)) }),
            unit: l.moneyUnit, categories: names,
            series: [.init(name: text.yearToDateBars, values: b.rows.map { $0.value / l.moneyScale })],
            table: table,
            beside: .init(name: text.pullBars, unit: text.pointsUnit, values: pulls))
    }
}
