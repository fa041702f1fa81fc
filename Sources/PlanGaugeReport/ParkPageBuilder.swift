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
        let text = ParkPageText(l: l), shared = SharedText(l: l)
        let park = figures.park
        let f = input.facts
        let details = input.parkDetails[park.id]
        let standalone = cityHref == nil
        var meta = [
            text.district + (park.district.map(l.name) ?? "—"),
            text.level + (park.level.map(l.name) ?? "—")
        ]
        if let d = park.recognized { meta.append(text.recognised + d.description) }
        if standalone, let m = input.manifest {
            let zh = l.lang == .zh
            if let issuer = zh ? m.issuer : m.english.issuer { meta.append(shared.issuer + issuer) }
            if let source = zh ? m.source : m.english.source { meta.append(shared.source + source) }
        }
        meta.append(CityPageText(l: l).dataAsOf(f.dataPeriod, closed: standalone ? input.manifest?.asOf : nil))
        if standalone, let g = input.generatedAt { meta.append(shared.generated + g) }

        var sections: [Section] = []
        sections.append(
            Section(
                id: "overview", title: text.overview, note: text.overviewNote,
                content: .kpis(overviewTiles(input, figures, details, standalone: standalone, l))))
        let goals = input.parkPlans[park.id]
        if let goals {
            let note = text.goalsNote(
                chinesePeriod: goals.periodLabel, chinesePhase: goals.phaseLabel, period: goals.period,
                phase: goals.phase, before: details?.previousQuarter)
            sections.append(
                Section(
                    id: "goals",
                    title: text.goalsTitle(l.lang == .zh ? goals.plan.title : (goals.plan.titleEn ?? goals.plan.title)),
                    note: note, content: .progress(goalBars(goals, details, l))))
        }
        if let chart = trendChart(input, park, details, l) {
            sections.append(Section(id: "trend", title: text.trend, content: .chart(chart)))
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
        if let cityHref { links.append(Link(title: text.backToCity, href: cityHref)) }
        var page = Page(language: input.language, title: l.park(park), meta: meta, sections: sections, links: links)
            .withoutEmptyTables(note: shared.noRows)
        page.printLayout = .onePage
        return page
    }

    // MARK: - Overview

    /// The park office's figures and the tracked firms', side by side, each saying whose figure it
    /// is and over which months; the city share only on the city's site.
    static func overviewTiles(
        _ input: ReportInput, _ figures: ParkFigures, _ details: ParkDetails?, standalone: Bool, _ l: L10n
    ) -> [KPITile] {
        let text = ParkPageText(l: l), shared = SharedText(l: l)
        let p = input.facts.dataPeriod
        let span = shared.yearToDate(p)
        var tiles: [KPITile] = []
        if let d = details?.figures {
            // The park office's tiles only where it files park_stats for the park at all.
            let filesStats =
                !d.parkStatsHistory.isEmpty || d.parkStatsRevenue.yearToDate != nil || d.parkStatsFirms != nil
            if filesStats {
                tiles.append(
                    flowTile(text.parkOfficeRevenue(over: span), d.parkStatsRevenue, p, missing: text.noParkStats, l))
            }
            tiles.append(
                flowTile(text.trackedRevenue(over: span), d.trackedScale, p, missing: text.noTrackedReport, l))
            let tracked = text.trackedFirms(d.trackedFirms)
            if filesStats {
                var detail = tracked
                if let e = d.parkStatsEmployees { detail += text.employees(e) }
                tiles.append(
                    KPITile(
                        label: text.firmsInPark(endOf: p),
                        value: d.parkStatsFirms.map { l.value(Double($0), unit: .firms) } ?? "—", detail: detail))
            } else {
                tiles.append(
                    KPITile(
                        label: text.trackedFirmsTile,
                        value: l.value(Double(d.trackedFirms), unit: .firms)))
            }
        } else if let s = figures.scale {
            tiles.append(
                KPITile(
                    label: text.trackedRevenue(over: span), value: l.money(yi: s.yearToDate.value(in: .yi)),
                    detail: s.growth.map { shared.yoy(CityPageBuilder.signed($0)) }))
        }
        if !standalone {
            tiles.append(
                KPITile(
                    label: text.shareOfCity, value: NumberFormat.percent(figures.shareOfCity),
                    detail: text.rank(figures.rank, of: input.facts.parks.count)))
        }
        return tiles
    }

    /// A flow on its bases: the year to date as the value; 同比, the last twelve months and the
    /// last full year beside it.
    static func flowTile(_ label: String, _ flow: ParkReportFigures.Flow, _ p: Period, missing: String, _ l: L10n)
        -> KPITile
    {
        guard let ytd = flow.yearToDate else { return KPITile(label: label, value: "—", detail: missing) }
        let text = ParkPageText(l: l), shared = SharedText(l: l)
        var parts: [String] = []
        if let g = flow.growth { parts.append(shared.yoy(CityPageBuilder.signed(g))) }
        if p.lastMonth != 12, let t = flow.trailingYear { parts.append(text.lastTwelveMonths(money(t, l))) }
        if p.lastMonth != 12 || flow.fullYearOf != p.year, let y = flow.fullYear {
            parts.append(text.fullYear(flow.fullYearOf, money(y, l)))
        }
        return KPITile(label: label, value: money(ytd, l), detail: parts.joined(separator: shared.clauseSeparator))
    }

    static func money(_ q: Quantity, _ l: L10n) -> String { l.money(yi: q.doubleValue / Double(MoneyUnit.yi.fen)) }

    // MARK: - Goals

    /// Every goal, a target or not (one without is shown as monitoring only), with what it measures
    /// and its change since the quarter before.
    static func goalBars(_ r: ProgressReport, _ details: ParkDetails?, _ l: L10n) -> [ProgressBar] {
        let text = ParkPageText(l: l), shared = SharedText(l: l)
        let assessments = Dictionary(
            (details?.assessment?.indicators ?? []).map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        return r.indicators.map { i in
            let unit = IndicatorUnitText(i.levelUnit)
            let inTargetYear = Int(r.period.prefix(4)) == i.target?.year
            var status =
                (l.lang == .zh ? i.statusLabel : i.statusLabelEn)
                + ((l.lang == .zh ? i.reason : i.reasonEn).map(shared.parenthesized) ?? "")
                + (i.targetMet.map { $0 ? text.met : text.missed } ?? "")
            if i.target == nil { status = text.monitoringOnly }
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
                        (bar.change.map { $0 + shared.clauseSeparator } ?? "") + text.latest(latest.period)
                        + l.value(latest.value, unit: unit)
                }
            }
            return bar
        }
    }

    /// `较上季 +2家`, `较上季 +1.20亿元（+3.4%）`, `较上季 持平`, or that the quarter before has no figure.
    static func change(_ a: IndicatorAssessment, before: Quantity?, _ l: L10n) -> String {
        let text = ParkPageText(l: l)
        let head = text.vsLastQuarter
        guard let now = a.reading.level else { return head + "—" }
        guard let before else { return head + text.noFigureThen }
        let unit = a.levelUnit
        let d =
            ProgressReportBuilder.display(now.doubleValue, unit)
            - ProgressReportBuilder.display(before.doubleValue, unit)
        if d == 0 { return head + text.unchanged }
        var out = head + (d > 0 ? "+" : "") + l.value(d, unit: unit)
        if unit.money != nil, before.doubleValue != 0 {
            out += SharedText(l: l).parenthesized(CityPageBuilder.signed(now.doubleValue / before.doubleValue - 1))
        }
        return out
    }

    // MARK: - Trend

    /// The park office's revenue and the tracked firms' industry revenue, year by year; a goal's
    /// target and required path only beside the line of the goal's own measure.
    static func trendChart(_ input: ReportInput, _ park: Park, _ details: ParkDetails?, _ l: L10n) -> LineChart? {
        let tracked = input.facts.parkHistory[park.id] ?? []
        let stats = details?.figures.parkStatsHistory ?? []
        guard !tracked.isEmpty || !stats.isEmpty else { return nil }
        let text = ParkPageText(l: l)
        let scale = 1e10 * l.moneyScale
        let statsName = text.parkOfficeRevenueLine
        let trackedName = text.trackedRevenueLine
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
        // l.park is the park's own name on Chinese pages.
        let summary = text.trendSummary(park: l.park(park), target: targetLabel)
        return LineChart(
            id: "park-trend", title: text.trendChartTitle, summary: summary, unit: l.moneyUnit,
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
        let text = ParkPageText(l: l)
        let series = LineChart.Series(
            name: text.requiredPath(onParkStats: onStats), style: .dashed,
            points: required.map { .init(x: $0.period.endTime, y: $0.value / scale) })
        let label = text.pathTarget(
            name: goal.indicator.name, englishName: goal.indicator.nameEnglish, onParkStats: onStats,
            amount: target / scale, year: year)
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
        let text = ParkPageText(l: l)
        var columns: [ReportTable.Column] = [.init(text.period, nowrap: true)]
        if !stats.isEmpty { columns.append(.init(statsName, numeric: true)) }
        if !tracked.isEmpty { columns.append(.init(trackedName, numeric: true)) }
        if !required.isEmpty { columns.append(.init(SharedText(l: l).requiredPath, numeric: true)) }
        let rows = periods.map { p -> [ReportTable.Cell] in
            var row: [ReportTable.Cell] = [
                .init(p.lastMonth == 12 ? text.fullYearRow(p.year) : text.twelveMonthsRow(to: p))
            ]
            if !stats.isEmpty { row.append(cell(stats, p)) }
            if !tracked.isEmpty { row.append(cell(tracked, p)) }
            if !required.isEmpty { row.append(cell(required, p)) }
            return row
        }
        return ReportTable(
            id: "trend", title: text.trendTableTitle, columns: columns, rows: rows)
    }

    // MARK: - Reporting and firms

    /// Tracked firms with no figure for the period, by name, and those that joined or left the park
    /// in the year to it (dated membership); nil when there is none of either.
    static func reportingSection(_ details: ParkDetails?, _ p: Period, _ l: L10n) -> Section? {
        guard let d = details?.figures else { return nil }
        let text = ParkPageText(l: l), shared = SharedText(l: l)
        var paragraphs = [d.notReported.isEmpty ? text.allReported(p) : text.notReported(d.notReported, at: p)]
        let moves = { (list: [ParkReportFigures.Move]) in list.map { $0.name + shared.parenthesized("\($0.date)") } }
        if !d.joined.isEmpty { paragraphs.append(text.joined(moves(d.joined))) }
        if !d.left.isEmpty { paragraphs.append(text.left(moves(d.left))) }
        return Section(id: "reporting", title: text.reportingTitle, content: .paragraphs(paragraphs), style: .half)
    }

    /// Every tracked firm active in the last year, by year-to-date industry revenue: an on-screen
    /// appendix (its CSV has them all), not printed.
    static func firmsSection(_ input: ReportInput, _ park: Park, _ l: L10n) -> Section {
        let text = ParkPageText(l: l), shared = SharedText(l: l)
        let f = input.facts
        let firms = f.parkEnterprises[park.id] ?? []
        let rows: [[ReportTable.Cell]] = firms.enumerated().map { n, e in
            let ytd = e.scaleYearToDate.map { $0.value(in: .yi) / l.moneyScale }
            return [
                .init(String(n + 1)), .init(e.enterprise.name), .init(e.enterprise.segment.map(l.name) ?? ""),
                .init(e.enterprise.tags.map(l.name).joined(separator: shared.listSeparator)),
                .init(ytd.map { NumberFormat.fixed($0, places: 2) } ?? "—", raw: ytd.map(CityPageBuilder.raw)),
                .init(
                    e.growth.map { CityPageBuilder.signed($0) + GrowthMarks.mark(e, l) } ?? "—",
                    raw: e.growth.map(CityPageBuilder.raw))
            ]
        }
        let cut = rows.count > CityPageBuilder.pageRows ? CityPageBuilder.pageRows : nil
        return Section(
            id: "firms", title: text.firmsTitle(firms.count), note: text.firmsNote(f.dataPeriod, pageRows: cut),
            content: .table(
                ReportTable(
                    id: "enterprises", title: l.park(park),
                    columns: [
                        .init("#", numeric: true), .init(text.enterprise), .init(text.segment), .init(text.tags),
                        .init(text.revenueColumn(f.dataPeriod), numeric: true), .init(shared.yoy, numeric: true)
                    ],
                    rows: rows)),
            style: .screenOnly)
    }
}
