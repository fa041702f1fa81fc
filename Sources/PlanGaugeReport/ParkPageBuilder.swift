import PlanGaugeAnalytics
import PlanGaugeModel

/// One park's page: the park office's own figures beside the tracked firms', each labelled with
/// its source and basis; its goals where a plan is scoped to it (what each measures, the change
/// since the quarter before, the firms counted and the pipeline); its trend; who did not report;
/// its enterprises. It prints on one A4 page (the enterprise list is an on-screen appendix, all in
/// its CSV). On the city's site it links back to the city page and gives the park's share of the
/// city; as a park's own report (`report --park`) it stands alone and says nothing of the city.
public enum ParkPageBuilder {
    /// `cityHref`: the city page to link back to; nil for a park's own report.
    public static func build(_ input: ReportInput, park figures: ParkFigures, cityHref: String?) -> Page {
        let l = L10n(lang: input.language, names: input.englishNames)
        let park = figures.park
        let f = input.facts
        let details = input.parkDetails[park.id]
        let standalone = cityHref == nil
        var meta = [
            l.t("所属区：", "District: ") + (park.district.map(l.name) ?? "—"),
            l.t("级别：", "Level: ") + (park.level.map(l.name) ?? "—")
        ]
        if let d = park.recognized { meta.append(l.t("认定日期：", "Recognised: ") + d.description) }
        meta.append(
            l.t("数据截至：\(f.dataPeriod.chineseLabel)", "Data as of \(f.dataPeriod)")
                + (standalone ? l.t("（\(input.dataset)）", " (\(input.dataset))") : ""))
        if standalone, let g = input.generatedAt { meta.append(l.t("生成时间：", "Generated: ") + g) }

        var sections: [Section] = []
        sections.append(
            Section(
                id: "overview", title: l.t("概况", "Overview"),
                note: l.t(
                    "园区统计（全口径）：园区管理机构报送的全部入驻企业数（park_stats）；名录内企业：名录中在本园区、近12个月报过数的企业。",
                    "Park office figures (whole park): the park office's own returns for every firm in it (park_stats); tracked firms: firms on the list in this park that reported in the last 12 months."
                ),
                content: .kpis(overviewTiles(input, figures, details, standalone: standalone, l))))
        let goals = input.parkPlans[park.id]
        if let goals {
            let assessed = goals.periodLabel + l.t("（\(goals.phaseLabel)）", "")
            var note = l.t(
                "\(assessed)；条形为完成度（当前值/目标值），竖线为时间进度。",
                "\(goals.period) (\(goals.phase)); bars show completion (value / target), the marker time progress.")
            if let q = details?.previousQuarter { note += l.t("较上季：与\(q.chineseLabel)相比。", " Change: since \(q).") }
            sections.append(
                Section(
                    id: "goals",
                    title: l.t("园区目标：", "Park goals: ")
                        + (l.lang == .zh ? goals.plan.title : (goals.plan.titleEn ?? goals.plan.title)),
                    note: note, content: .progress(goalBars(goals, details, l))))
        }
        if let chart = trendChart(input, park, details, l) {
            sections.append(Section(id: "trend", title: l.t("走势", "Trend"), content: .chart(chart)))
        }
        if let goals {
            sections += CountedFirmTables.sections(goals, plan: details?.assessment?.plan, l, parkPage: true).map { s in
                var s = s
                s.id = "goals-" + s.id
                if case .table(var t) = s.content { t.id = "park_" + t.id; s.content = .table(t) }
                return s
            }
        }
        if let reporting = reportingSection(details, f.dataPeriod, l) { sections.append(reporting) }
        sections.append(firmsSection(input, park, l))
        var links: [Link] = []
        if let cityHref { links.append(Link(title: l.t("返回全市总览", "Back to the city overview"), href: cityHref)) }
        var page = Page(language: input.language, title: l.park(park), meta: meta, sections: sections, links: links)
        page.printLayout = .onePage
        return page
    }

    // MARK: - Overview

    /// The park office's figures and the tracked firms', side by side, each saying whose figure it
    /// is and over which months; the city share only on the city's site.
    static func overviewTiles(
        _ input: ReportInput, _ figures: ParkFigures, _ details: ParkDetails?, standalone: Bool, _ l: L10n
    ) -> [KPITile] {
        let p = input.facts.dataPeriod
        let span = l.t(YearToDate.label(p), YearToDate.englishLabel(p))
        var tiles: [KPITile] = []
        if let d = details?.figures {
            // The park office's tiles only where it files park_stats for the park at all.
            let filesStats =
                !d.parkStatsHistory.isEmpty || d.parkStatsRevenue.yearToDate != nil || d.parkStatsFirms != nil
            if filesStats {
                tiles.append(
                    flowTile(
                        l.t("园区统计（全口径）营业收入 · ", "Park office (whole park) revenue, ") + span, d.parkStatsRevenue, p,
                        missing: l.t("park_stats 无本园区本期数据", "no park_stats figure for this period"), l))
            }
            tiles.append(
                flowTile(
                    l.t("名录内企业产业收入 · ", "Tracked firms' industry revenue, ") + span, d.trackedScale, p,
                    missing: l.t("名录内企业本期无报数", "no tracked firm reported"), l))
            let tracked = l.t(
                "名录内企业 \(d.trackedFirms) 家（近12个月有报数）",
                "\(d.trackedFirms) tracked firms (reported in the last 12 months)")
            if filesStats {
                var detail = tracked
                if let e = d.parkStatsEmployees { detail += l.t("；从业人员 \(e) 人", "; \(e) employees") }
                tiles.append(
                    KPITile(
                        label: l.t(
                            "入驻企业数 · 园区统计（全口径）· \(p.chineseLabel)末",
                            "Firms in the park, park office (whole park), end of \(p)"),
                        value: d.parkStatsFirms.map { l.value(Double($0), unit: .firms) } ?? "—", detail: detail))
            } else {
                tiles.append(
                    KPITile(
                        label: l.t("名录内企业（近12个月有报数）", "Tracked firms (reported in the last 12 months)"),
                        value: l.value(Double(d.trackedFirms), unit: .firms)))
            }
        } else if let s = figures.scale {
            tiles.append(
                KPITile(
                    label: l.t("名录内企业产业收入 · ", "Tracked firms' industry revenue, ") + span,
                    value: l.money(yi: s.yearToDate.value(in: .yi)),
                    detail: s.growth.map { l.t("同比 ", "YoY ") + CityPageBuilder.signed($0) }))
        }
        if !standalone {
            tiles.append(
                KPITile(
                    label: l.t("占全市（名录内企业产业收入）", "Share of the city (tracked firms' industry revenue)"),
                    value: NumberFormat.percent(figures.shareOfCity),
                    detail: l.t("全市园区第 \(figures.rank) 位", "rank \(figures.rank) of \(input.facts.parks.count) parks")))
        }
        return tiles
    }

    /// A flow on its bases: the year to date as the value; 同比, the last twelve months and the
    /// last full year beside it.
    static func flowTile(_ label: String, _ flow: ParkReportFigures.Flow, _ p: Period, missing: String, _ l: L10n)
        -> KPITile
    {
        guard let ytd = flow.yearToDate else { return KPITile(label: label, value: "—", detail: missing) }
        var parts: [String] = []
        if let g = flow.growth { parts.append(l.t("同比 ", "YoY ") + CityPageBuilder.signed(g)) }
        if p.lastMonth != 12, let t = flow.trailingYear { parts.append(l.t("近12个月 ", "last 12 months ") + money(t, l)) }
        if p.lastMonth != 12 || flow.fullYearOf != p.year, let y = flow.fullYear {
            parts.append(l.t("\(flow.fullYearOf)年全年 ", "full year \(flow.fullYearOf) ") + money(y, l))
        }
        return KPITile(label: label, value: money(ytd, l), detail: parts.joined(separator: l.t("；", "; ")))
    }

    static func money(_ q: Quantity, _ l: L10n) -> String { l.money(yi: q.doubleValue / Double(MoneyUnit.yi.fen)) }

    // MARK: - Goals

    /// Every goal, a target or not (one without is shown as monitoring only), with what it measures
    /// and its change since the quarter before.
    static func goalBars(_ r: ProgressReport, _ details: ParkDetails?, _ l: L10n) -> [ProgressBar] {
        let assessments = Dictionary(
            (details?.assessment?.indicators ?? []).map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        return r.indicators.map { i in
            let unit = IndicatorUnitText(i.levelUnit)
            let inTargetYear = Int(r.period.prefix(4)) == i.target?.year
            var status =
                (l.lang == .zh ? i.statusLabel : i.statusLabelEn)
                + ((l.lang == .zh ? i.reason : i.reasonEn).map { l.t("（\($0)）", " (\($0))") } ?? "")
                + (i.targetMet.map { $0 ? l.t("·达标", " · met") : l.t("·未达标", " · missed") } ?? "")
            if i.target == nil { status = l.t("仅监测（无目标）", "monitoring only (no target)") }
            var bar = ProgressBar(
                label: l.lang == .zh ? i.name : (i.nameEn ?? i.name), completion: i.completion,
                calendarMarker: i.target == nil ? nil : (inTargetYear ? i.calendarTimeProgress : i.planTimeProgress),
                seasonalMarker: nil, valueText: l.value(i.value, unit: unit),
                targetText: i.target.flatMap { t in t.level.map { l.value($0, unit: unit) } } ?? "—",
                status: status, score: i.target == nil ? nil : i.score.map { NumberFormat.fixed($0, places: 2) },
                tone: i.target == nil ? .neutral : Tone(ProgressStatus(rawValue: i.status) ?? .notAvailable))
            if let a = assessments[i.id] {
                bar.basis = GoalBasis.text(
                    a.indicator.measure, at: a.period, plan: details?.assessment?.plan,
                    seriesSources: details?.seriesSources ?? [:], l)
                bar.change = change(a, before: details?.previousLevels[i.id], l)
                if let latest = i.later.last {
                    bar.change =
                        (bar.change.map { $0 + l.t("；", "; ") } ?? "")
                        + l.t(
                            "最新（\(PeriodLabel(latest.period)?.period.chineseLabel ?? latest.period)）",
                            "latest (\(latest.period)) ")
                        + l.value(latest.value, unit: unit)
                }
            }
            return bar
        }
    }

    /// `较上季 +2家`, `较上季 +1.20亿元（+3.4%）`, `较上季 持平`, or that the quarter before has no figure.
    static func change(_ a: IndicatorAssessment, before: Quantity?, _ l: L10n) -> String {
        let head = l.t("较上季 ", "vs last quarter ")
        guard let now = a.reading.level else { return head + "—" }
        guard let before else { return head + l.t("上季无数据", "no figure then") }
        let unit = a.levelUnit
        let d =
            ProgressReportBuilder.display(now.doubleValue, unit)
            - ProgressReportBuilder.display(before.doubleValue, unit)
        if d == 0 { return head + l.t("持平", "unchanged") }
        var text = head + (d > 0 ? "+" : "") + l.value(d, unit: unit)
        if unit.money != nil, before.doubleValue != 0 {
            text += l.t("（", " (") + CityPageBuilder.signed(now.doubleValue / before.doubleValue - 1) + l.t("）", ")")
        }
        return text
    }

    // MARK: - Trend

    /// The park office's revenue and the tracked firms' industry revenue, year by year; a goal's
    /// target and required path only beside the line of the goal's own measure.
    static func trendChart(_ input: ReportInput, _ park: Park, _ details: ParkDetails?, _ l: L10n) -> LineChart? {
        let tracked = input.facts.parkHistory[park.id] ?? []
        let stats = details?.figures.parkStatsHistory ?? []
        guard !tracked.isEmpty || !stats.isEmpty else { return nil }
        let scale = 1e10 * l.moneyScale
        let statsName = l.t("园区统计（全口径）营业收入", "Park office (whole park) revenue")
        let trackedName = l.t("名录内企业产业收入", "Tracked firms' industry revenue")
        var series: [LineChart.Series] = []
        if !stats.isEmpty {
            series.append(
                .init(
                    name: statsName, style: .solid,
                    points: stats.map { .init(x: $0.period.endTime, y: $0.value / scale) }))
        }
        if !tracked.isEmpty {
            series.append(
                .init(
                    name: trackedName, style: .solid,
                    points: tracked.map { .init(x: $0.period.endTime, y: $0.value / scale) }))
        }
        let goal = trendGoal(details, park, hasStats: !stats.isEmpty, hasTracked: !tracked.isEmpty)
        let path = goal.flatMap { requiredPath($0, scale: scale, l) }
        if let path { series.append(path.series) }
        let targetLabel = path?.label
        let table = trendTable(
            stats: stats, tracked: tracked, required: path?.points ?? [], statsName: statsName,
            trackedName: trackedName, scale: scale, l)
        let summary = l.t(
            "\(park.name)：园区统计（全口径）营业收入与名录内企业产业收入，各年为全年、最新为近12个月（亿元）" + (targetLabel.map { "；" + $0 } ?? "") + "。",
            "\(l.park(park)): the park office's revenue and the tracked firms' industry revenue, full years and the last 12 months (CNY bn)"
                + (targetLabel.map { "; " + $0 } ?? "") + ".")
        return LineChart(
            id: "park-trend", title: l.t("走势（亿元）", "Trend (CNY bn)"), summary: summary, unit: l.moneyUnit,
            series: series,
            targetLine: goal?.targetLevel.map { $0.doubleValue / scale }, targetLabel: targetLabel, table: table)
    }

    /// The first money goal with a target on one of the two lines: its path runs beside that line.
    private static func trendGoal(_ details: ParkDetails?, _ park: Park, hasStats: Bool, hasTracked: Bool)
        -> IndicatorAssessment?
    {
        details?.assessment?.indicators.first { a in
            guard a.targetLevel != nil, a.levelUnit.money != nil else { return false }
            switch a.indicator.measure {
            case .parkStat(park.id, .revenue): return hasStats
            case .sum(.scale, let filter): return filter == EnterpriseFilter(parks: [park.id]) && hasTracked
            default: return false
            }
        }
    }

    /// The goal's required path from its baseline to its target (the points, the dashed line) and
    /// the words for its target; nil when the goal lacks a baseline, target or target year.
    private static func requiredPath(_ goal: IndicatorAssessment, scale: Double, _ l: L10n)
        -> (points: [HistoryPoint], series: LineChart.Series, label: String)?
    {
        guard let base = goal.baseline?.doubleValue, let target = goal.targetLevel?.doubleValue,
            let year = goal.targetYear
        else { return nil }
        let onStats: Bool = if case .parkStat = goal.indicator.measure { true } else { false }
        let required = Trajectory.required(base: base, baseYear: goal.baselineYear, target: target, targetYear: year)
            .map { HistoryPoint(period: .yearEnd($0.year), value: $0.value) }
        let series = LineChart.Series(
            name: l.t(
                "目标所需路径（\(onStats ? "园区统计" : "名录内企业")）",
                "Required path (\(onStats ? "park office" : "tracked firms"))"),
            style: .dashed, points: required.map { .init(x: $0.period.endTime, y: $0.value / scale) })
        let label =
            l.t(
                "\(goal.indicator.name)目标（\(onStats ? "园区统计" : "名录内企业")）",
                "\(goal.indicator.nameEnglish ?? goal.indicator.name) target (\(onStats ? "park office" : "tracked firms")) CNY "
            )
            + NumberFormat.fixed(target / scale, places: l.lang == .zh ? 0 : 1)
            + l.t("亿元（\(year)年）", " bn (\(year))")
        return (required, series, label)
    }

    /// The trend's table: one row per period, a column for each line that has points.
    private static func trendTable(
        stats: [HistoryPoint], tracked: [HistoryPoint], required: [HistoryPoint], statsName: String,
        trackedName: String, scale: Double, _ l: L10n
    ) -> ReportTable {
        let periods = Array(Set(stats.map(\.period) + tracked.map(\.period) + required.map(\.period))).sorted()
        let cell = { (points: [HistoryPoint], p: Period) -> ReportTable.Cell in
            guard let v = points.first(where: { $0.period == p })?.value else { return .init("") }
            return .init(NumberFormat.fixed(v / scale, places: 2), raw: CityPageBuilder.raw(v / scale))
        }
        var columns: [ReportTable.Column] = [.init(l.t("期间", "Period"), nowrap: true)]
        if !stats.isEmpty { columns.append(.init(statsName, numeric: true)) }
        if !tracked.isEmpty { columns.append(.init(trackedName, numeric: true)) }
        if !required.isEmpty { columns.append(.init(l.t("目标所需路径", "Required path"), numeric: true)) }
        let rows = periods.map { p -> [ReportTable.Cell] in
            var row: [ReportTable.Cell] = [
                .init(
                    p.lastMonth == 12
                        ? l.t("\(p.year)年", "\(p.year)") : l.t("近12个月（至\(p.description)）", "12 months to \(p)"))
            ]
            if !stats.isEmpty { row.append(cell(stats, p)) }
            if !tracked.isEmpty { row.append(cell(tracked, p)) }
            if !required.isEmpty { row.append(cell(required, p)) }
            return row
        }
        return ReportTable(
            id: "trend", title: l.t("走势（\(l.moneyUnit)）", "Trend (\(l.moneyUnit))"), columns: columns, rows: rows)
    }

    // MARK: - Reporting and firms

    /// Tracked firms with no figure for the period, by name, and those that joined or left the park
    /// in the year to it (dated membership); nil when there is none of either.
    static func reportingSection(_ details: ParkDetails?, _ p: Period, _ l: L10n) -> Section? {
        guard let d = details?.figures else { return nil }
        let sep = l.t("、", ", ")
        var paragraphs: [String] = []
        if d.notReported.isEmpty {
            paragraphs.append(l.t("\(p.chineseLabel)名录内企业均已报数。", "Every tracked firm reported for \(p)."))
        } else {
            paragraphs.append(
                l.t(
                    "未报（\(d.notReported.count) 家，近12个月报过数、\(p.chineseLabel)无数）：",
                    "Not reported (\(d.notReported.count), reported in the last 12 months but not for \(p)): ")
                    + d.notReported.joined(separator: sep) + l.t("。", "."))
        }
        let moves = { (list: [ParkReportFigures.Move]) in
            list.map { $0.name + l.t("（\($0.date)）", " (\($0.date))") }.joined(separator: sep)
        }
        if !d.joined.isEmpty {
            paragraphs.append(
                l.t("新入驻（\(d.joined.count) 家，近一年）：", "Joined in the last year (\(d.joined.count)): ") + moves(d.joined)
                    + l.t("。", "."))
        }
        if !d.left.isEmpty {
            paragraphs.append(
                l.t("迁出（\(d.left.count) 家，近一年）：", "Left in the last year (\(d.left.count)): ") + moves(d.left)
                    + l.t("。", "."))
        }
        return Section(
            id: "reporting", title: l.t("报数与入驻变动", "Reporting and membership"), content: .paragraphs(paragraphs),
            style: .half)
    }

    /// Every tracked firm active in the last year, by year-to-date industry revenue: an on-screen
    /// appendix (its CSV has them all), not printed.
    static func firmsSection(_ input: ReportInput, _ park: Park, _ l: L10n) -> Section {
        let f = input.facts
        let firms = f.parkEnterprises[park.id] ?? []
        let rows: [[ReportTable.Cell]] = firms.enumerated().map { n, e in
            let ytd = e.scaleYearToDate.map { $0.value(in: .yi) / l.moneyScale }
            return [
                .init(String(n + 1)), .init(e.enterprise.name), .init(e.enterprise.segment.map(l.name) ?? ""),
                .init(e.enterprise.tags.map(l.name).joined(separator: l.t("、", ", "))),
                .init(ytd.map { NumberFormat.fixed($0, places: 2) } ?? "—", raw: ytd.map(CityPageBuilder.raw)),
                .init(
                    e.growth.map { CityPageBuilder.signed($0) + GrowthMarks.mark(e, l) } ?? "—",
                    raw: e.growth.map(CityPageBuilder.raw))
            ]
        }
        let more =
            rows.count > CityPageBuilder.pageRows
            ? l.t(
                "页面列前 \(CityPageBuilder.pageRows) 家，完整名单见 CSV。",
                "The page lists the first \(CityPageBuilder.pageRows); the CSV has all. ") : ""
        let printed = l.t("打印版略去本表，完整名单见数据文件。", "Left out of the printed page; the data file has all.")
        return Section(
            id: "firms", title: l.t("名录内企业（\(firms.count) 家）", "Tracked enterprises (\(firms.count))"),
            note: l.t(
                "近一年报送数据的名录内企业，按\(YearToDate.label(f.dataPeriod))产业收入排序。",
                "Tracked firms active in the last year, by industry revenue, \(YearToDate.englishLabel(f.dataPeriod)). "
            ) + more + printed,
            content: .table(
                ReportTable(
                    id: "enterprises", title: l.park(park),
                    columns: [
                        .init("#", numeric: true), .init(l.t("企业", "Enterprise")), .init(l.t("细分领域", "Segment")),
                        .init(l.t("标签", "Tags")),
                        .init(l.t("累计产业收入（亿元）", "\(YearToDate.englishWord(f.dataPeriod)) (CNY bn)"), numeric: true),
                        .init(l.t("同比", "YoY"), numeric: true)
                    ],
                    rows: rows)),
            style: .screenOnly)
    }
}
