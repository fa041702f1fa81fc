import PlanGaugeAnalytics
import PlanGaugeModel

/// One park's page: its own goals where a plan is scoped to it, its trend, its share of the city
/// and its enterprises.
public enum ParkPageBuilder {
    public static func build(_ input: ReportInput, park figures: ParkFigures, cityHref: String) -> Page {
        let l = L10n(lang: input.language)
        let park = figures.park
        let f = input.facts
        var meta = [l.t("所属区：", "District: ") + (park.district ?? "—"), l.t("级别：", "Level: ") + (park.level ?? "—")]
        if let d = park.recognized { meta.append(l.t("认定日期：", "Recognised: ") + d.description) }
        meta.append(l.t("数据截至：\(f.dataPeriod.chineseLabel)", "Data as of \(f.dataPeriod)"))

        var sections: [Section] = []
        var tiles: [KPITile] = []
        if let s = figures.scale {
            tiles.append(KPITile(label: l.t("累计产业收入（\(YearToDate.label(s.period))）", "Industry revenue, \(YearToDate.englishLabel(s.period))"),
                                 value: l.money(yi: s.yearToDate.value(in: .yi)),
                                 detail: s.growth.map { l.t("同比 ", "YoY ") + CityPageBuilder.signed($0) }))
        }
        tiles.append(KPITile(label: l.t("占全市", "Share of the city"), value: NumberFormat.percent(figures.shareOfCity),
                             detail: l.t("全市园区第 \(figures.rank) 位", "rank \(figures.rank) of \(f.parks.count) parks")))
        tiles.append(KPITile(label: l.t("名录内企业", "Tracked firms"), value: "\(figures.firms)" + l.t("家", "")))
        if let r = figures.reportedRevenue {
            tiles.append(KPITile(label: l.t("园区统计营业收入（累计）", "Park-reported revenue (YTD)"),
                                 value: l.money(yi: r.value(in: .yi)),
                                 detail: l.t("含名录外入驻企业", "includes firms off the list")))
        }
        sections.append(Section(id: "overview", title: l.t("概况", "Overview"), content: .kpis(tiles)))

        if let goals = input.parkPlans[park.id] {
            sections.append(Section(id: "goals", title: l.t("园区目标：", "Park goals: ") + goals.plan.title,
                                    note: l.t("\(goals.periodLabel)（\(goals.phaseLabel)）", "\(goals.period) (\(goals.phase))"),
                                    content: .progress(CityPageBuilder.progressBars(goals, l))))
            sections += CityPageBuilder.firmTables(goals, l).map { s in
                var s = s
                s.id = "goals-" + s.id
                if case .table(var t) = s.content { t.id = "park_" + t.id; s.content = .table(t) }
                return s
            }
        }

        if let history = f.parkHistory[park.id], !history.isEmpty {
            let rows = history.map { h in
                [ReportTable.Cell(h.period.description), .init(NumberFormat.fixed(h.value / 1e10 / l.moneyScale, places: 2), raw: CityPageBuilder.raw(h.value / 1e10 / l.moneyScale))]
            }
            let table = ReportTable(id: "trend", title: l.t("名录内企业产业收入（亿元）", "Tracked firms' industry revenue (bn yuan)"),
                                    columns: [.init(l.t("期间", "Period")), .init(l.t("产业收入", "Industry revenue"), numeric: true)], rows: rows)
            let last = history.last!
            let chart = LineChart(
                id: "park-trend", title: l.t("名录内企业产业收入走势（亿元）", "Tracked firms' industry revenue (bn yuan)"),
                summary: l.t("\(park.name)名录内企业产业收入，\(history.first!.period.year)年至\(last.period.chineseLabel)，最新 \(NumberFormat.fixed(last.value / 1e10 / l.moneyScale, places: 2)) 亿元。",
                             "\(park.name): tracked firms' industry revenue, \(history.first!.period.year) to \(last.period), latest \(NumberFormat.fixed(last.value / 1e10 / l.moneyScale, places: 2)) bn yuan."),
                unit: l.moneyUnit, series: [.init(name: l.t("产业收入", "Industry revenue"), style: .solid,
                                           points: history.map { .init(x: $0.period.endTime, y: $0.value / 1e10 / l.moneyScale) })],
                table: table)
            sections.append(Section(id: "trend", title: l.t("走势", "Trend"), content: .chart(chart)))
        }

        let firms = f.parkEnterprises[park.id] ?? []
        let rows: [[ReportTable.Cell]] = firms.enumerated().map { n, e in
            let ytd = e.scaleYearToDate.map { $0.value(in: .yi) / l.moneyScale }
            return [.init(String(n + 1)), .init(e.enterprise.name), .init(e.enterprise.segment ?? ""),
                    .init(e.enterprise.tags.joined(separator: l.t("、", ", "))),
                    .init(ytd.map { NumberFormat.fixed($0, places: 2) } ?? "—", raw: ytd.map(CityPageBuilder.raw)),
                    .init(e.growth.map(CityPageBuilder.signed) ?? "—", raw: e.growth.map(CityPageBuilder.raw))]
        }
        let more = rows.count > CityPageBuilder.pageRows ? l.t("页面列前 \(CityPageBuilder.pageRows) 家，完整名单见 CSV。", "The page lists the first \(CityPageBuilder.pageRows); the CSV has all.") : ""
        sections.append(Section(
            id: "firms", title: l.t("入驻企业（\(firms.count) 家）", "Enterprises (\(firms.count))"),
            note: l.t("近一年报送数据的名录内企业，按\(f.dataPeriod.year)年累计产业收入排序。", "Tracked firms active in the last year, by YTD industry revenue. ") + more,
            content: .table(ReportTable(
                id: "enterprises", title: park.name,
                columns: [.init("#", numeric: true), .init(l.t("企业", "Enterprise")), .init(l.t("细分领域", "Segment")),
                          .init(l.t("标签", "Tags")), .init(l.t("累计产业收入（亿元）", "YTD (bn yuan)"), numeric: true),
                          .init(l.t("同比", "YoY"), numeric: true)],
                rows: rows))))
        return Page(language: input.language, title: park.name, meta: meta, sections: sections,
                    links: [Link(title: l.t("返回全市总览", "Back to the city overview"), href: cityHref)])
    }
}
