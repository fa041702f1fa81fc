import PlanGaugeAnalytics
import PlanGaugeModel

/// Everything a report run produces, as plain values.
public struct ReportInput: Sendable {
    /// The city plan's progress (in a park's own report, `report --park`, the park's plan's).
    public var city: ProgressReport
    /// The same plan's assessment in base quantities (分, fractions), for the charts' paths.
    public var cityAssessment: PlanAssessment
    /// Each park plan's progress, by park id (the plan's `scope`).
    public var parkPlans: [String: ProgressReport]
    /// Every figure of the dataset as of the data period: totals, parks, firms, trend paths.
    public var facts: DashboardFacts
    /// The data period's quarterly statistics (本季度运行情况), when the period is a quarter.
    public var quarterly: QuarterlyReport?
    /// The input files' accounting, file names as the pages show them.
    public var dataQuality: DataQualitySummary
    /// The language of every page.
    public var language: ReportLanguage
    /// When the report was generated (`--generated-at`, else SOURCE_DATE_EPOCH), shown on the pages; nil: no time written.
    public var generatedAt: String?
    /// The dataset as the pages name it (`sample`).
    public var dataset: String
    /// 政策兑现与绩效, when the dataset has a grants ledger (its own page).
    public var policyFunds: PolicyFundsReport?
    /// A park's own report (`report --park`): the id of the one park whose page is written, alone.
    public var park: String? = nil
    /// What each park's page shows beyond `facts` (its own figures, its plan's goals in detail), by park id.
    public var parkDetails: [String: ParkDetails] = [:]
    /// English for the dataset's Chinese names on English pages (its glossary.csv over the built-in one).
    public var englishNames = EnglishNames()
    /// What the dataset is (`dataset.yaml`): 编制单位, 数据来源, 统计范围 and the day it was closed.
    public var manifest: DatasetManifest? = nil
    /// Each outside series' source as `series.csv` gives it (its latest), for the goals' bases.
    public var seriesSources: [String: String] = [:]

    /// The run's results; `park`, `parkDetails` and `englishNames` are set afterwards when needed.
    public init(
        city: ProgressReport, cityAssessment: PlanAssessment, parkPlans: [String: ProgressReport],
        facts: DashboardFacts,
        quarterly: QuarterlyReport? = nil, dataQuality: DataQualitySummary, language: ReportLanguage,
        generatedAt: String?,
        dataset: String, policyFunds: PolicyFundsReport? = nil
    ) {
        self.policyFunds = policyFunds
        self.quarterly = quarterly
        self.city = city
        self.cityAssessment = cityAssessment
        self.parkPlans = parkPlans
        self.facts = facts
        self.dataQuality = dataQuality
        self.language = language
        self.generatedAt = generatedAt
        self.dataset = dataset
    }
}

/// "2023年1-9月" or "2023年全年" for a year-to-date span.
enum YearToDate {
    static func label(_ p: Period) -> String { p.lastMonth == 12 ? "\(p.year)年全年" : "\(p.year)年1-\(p.lastMonth)月" }
    static func englishLabel(_ p: Period) -> String {
        guard p.lastMonth < 12 else { return "year \(p.year)" }
        return p.lastMonth == 1 ? "Jan \(p.year)" : "Jan–\(p.monthAbbreviation) \(p.year) (YTD)"
    }
    /// "YTD" for a part-year figure, "Full-year" for one that covers the year: a column's word.
    static func englishWord(_ p: Period) -> String { p.lastMonth == 12 ? "Full-year" : "YTD" }
}

/// The city page: the plan's targets, the trend, firms, parks, data quality, method, narrative.
public enum CityPageBuilder {
    /// Tables list at most this many rows on a page; the CSV in `data/` has them all.
    static let pageRows = 50

    /// The city page; `parkLinks` go in its link bar (the park pages, and the policy page when there is one).
    public static func build(_ input: ReportInput, parkLinks: [Link]) -> Page {
        let l = L10n(lang: input.language, names: input.englishNames)
        let text = CityPageText(l: l)
        let r = input.city
        let f = input.facts
        var meta: [String] = []
        if let doc = r.plan.document { meta.append(text.document + doc) }
        meta.append(text.assessed(r))
        let m = input.manifest, zh = l.lang == .zh
        let shared = SharedText(l: l)
        if let issuer = zh ? m?.issuer : m?.english.issuer { meta.append(shared.issuer + issuer) }
        if let source = zh ? m?.source : m?.english.source { meta.append(shared.source + source) }
        meta.append(
            text.coverage(
                zh ? m?.coverage : m?.english.coverage, firms: f.monitoredFirms, reporters: f.cityScale?.reporters,
                f.dataPeriod))
        meta.append(text.dataAsOf(f.dataPeriod, closed: m?.asOf))
        if let contact = zh ? m?.contact : m?.english.contact { meta.append(shared.contact + contact) }
        if let g = input.generatedAt { meta.append(shared.generated + g) }

        var sections: [Section] = []
        sections.append(
            Section(
                id: "narrative", title: text.summary,
                content: .paragraphs(Narrative.paragraphs(input))))
        // Files that gave no data are said at the top, not only in the data-quality table at the end.
        if let alerts = dataQualityAlerts(input.dataQuality, l) { sections.append(alerts) }
        sections.append(Section(id: "kpis", title: text.keyIndicators, content: .kpis(kpis(input, l))))
        sections.append(AttentionSection.build(input, l))
        sections.append(
            Section(
                id: "progress", title: text.progress, note: text.progressNote,
                content: .progress(progressBars(r, l, bases: bases(input, l)))))
        if let notes = indicatorNotes(r, l) { sections.append(notes) }
        sections += QuarterlySections.build(input.quarterly, l)
        if let chart = trendChart(input, l) {
            sections.append(Section(id: "trend", title: text.trend, content: .chart(chart)))
        }
        sections += CountedFirmTables.sections(r, plan: input.cityAssessment.plan, l)
        sections.append(
            Section(
                id: "parks", title: text.parksCompared, note: text.parksNote(f.dataPeriod),
                content: .table(parkRanking(f, l))))
        if let missing = MissingReportersRenderer.section(f.missing, l) { sections.append(missing) }
        sections.append(
            Section(
                id: "data-quality", title: text.dataQuality,
                note: dataQualityNote(input, l), content: .table(dataQualityTable(input.dataQuality, l))))
        sections.append(
            Section(id: "method", title: text.method, content: .paragraphs(Methodology.paragraphs(r, l))))
        let title = l.lang == .zh ? r.plan.title : (r.plan.titleEn ?? r.plan.title)
        return Page(language: input.language, title: title, meta: meta, sections: sections, links: parkLinks)
            .withoutEmptyTables(note: shared.noRows)
    }

    static func kpis(_ input: ReportInput, _ l: L10n) -> [KPITile] {
        let text = CityPageText(l: l), shared = SharedText(l: l)
        var tiles: [KPITile] = []
        if let s = input.facts.cityScale {
            let label = text.latestScale(s.period)
            var detail = s.growth.map { shared.yoy(signed($0)) }
            if let c = s.comparableGrowth {
                detail = (detail.map { $0 + shared.comma } ?? "") + text.comparable(signed(c))
            }
            tiles.append(KPITile(label: label, value: l.money(yi: s.yearToDate.value(in: .yi)), detail: detail))
        }
        let bases = bases(input, l)
        for i in input.city.indicators {  // an indicator without a target is shown as 监测指标
            let unit = IndicatorUnitText(i.levelUnit)
            var value = l.value(i.value, unit: unit)
            if let rate = i.observedRate { value = NumberFormat.percent(rate) }
            var detail = i.target.map { text.target(l.target($0)) } ?? text.monitoringOnly
            if let why = l.lang == .zh ? i.reason : i.reasonEn { detail += shared.clauseSeparator + why }
            if let c = i.completion { detail += text.done(NumberFormat.percent(c)) }
            if let year = i.dataYear { detail += text.dataAsOfYear(year) }
            if !i.tagsBackdated.isEmpty { detail += text.tagsBackdated }
            if i.id == "scale", let s = input.facts.cityScaleAtAssessment, let g = s.growth {
                detail = shared.yoy(signed(g)) + shared.comma + detail
            }
            // Whose figure and over which months (近12个月, 2023年全年), so two 产业规模 never stand unexplained.
            if let basis = bases[i.id] { detail = basis + shared.clauseSeparator + detail }
            let verdict = i.targetMet.map { $0 ? text.met : text.missed } ?? ""
            tiles.append(
                KPITile(
                    label: l.lang == .zh ? i.name : (i.nameEn ?? i.name), value: value, detail: detail,
                    status: (l.lang == .zh ? i.statusLabel : i.statusLabelEn) + verdict,
                    score: i.score.map { text.score(NumberFormat.fixed($0, places: 2)) },
                    tone: Tone(ProgressStatus(rawValue: i.status) ?? .notAvailable)))
        }
        return tiles
    }

    /// Where each target stands in the document and what the plan file says about it.
    static func indicatorNotes(_ r: ProgressReport, _ l: L10n) -> Section? {
        let text = CityPageText(l: l)
        let rows = r.indicators.filter { $0.target != nil || $0.note != nil }.map { i -> [ReportTable.Cell] in
            [
                .init(l.lang == .zh ? i.name : (i.nameEn ?? i.name)), .init(i.clause ?? ""),
                .init(i.target.map { l.target($0) } ?? "—"),
                .init(text.methodName(i.method)), .init(i.note ?? "")
            ]
        }
        guard !rows.isEmpty else { return nil }
        return Section(
            id: "indicators", title: text.indicators,
            content: .table(
                ReportTable(
                    id: "indicators", title: text.indicators,
                    columns: [
                        .init(text.indicator), .init(text.clause), .init(text.targetColumn), .init(text.methodColumn),
                        .init(text.note)
                    ], rows: rows)))
    }

    static func signed(_ fraction: Double) -> String {
        (fraction >= 0 ? "+" : "") + NumberFormat.percent(fraction)
    }

    /// Whose figure each indicator is and over which months (`名录内企业产业收入 · 近12个月`,
    /// `外部统计：市统计局`), by indicator id, at the assessment's period.
    static func bases(_ input: ReportInput, _ l: L10n) -> [String: String] {
        let a = input.cityAssessment
        var out: [String: String] = [:]
        for i in a.indicators {
            out[i.indicator.id] = GoalBasis.text(
                i.indicator.measure, at: a.period, plan: a.plan, seriesSources: input.seriesSources, l)
        }
        return out
    }

    static func progressBars(_ r: ProgressReport, _ l: L10n, bases: [String: String] = [:]) -> [ProgressBar] {
        let text = CityPageText(l: l), shared = SharedText(l: l)
        return r.indicators.map { i in  // monitoring-only indicators too, with no target
            let unit = IndicatorUnitText(i.levelUnit)
            // Inside the target year the markers are the year's time progress; before it, the
            // share of the plan period elapsed.
            let inTargetYear = Int(r.period.prefix(4)) == i.target?.year
            var bar = ProgressBar(
                label: l.lang == .zh ? i.name : (i.nameEn ?? i.name), completion: i.completion,
                calendarMarker: inTargetYear ? i.calendarTimeProgress : i.planTimeProgress,
                seasonalMarker: inTargetYear && i.calendarTimeProgress < 1 ? i.seasonalTimeProgress : nil,
                valueText: l.value(i.value, unit: unit),
                targetText: i.target.flatMap { t in t.level.map { l.value($0, unit: unit) } }
                    ?? (i.monitoringOnly ? text.monitoring : "—"),
                status: (l.lang == .zh ? i.statusLabel : i.statusLabelEn)
                    + ((l.lang == .zh ? i.reason : i.reasonEn).map(shared.parenthesized) ?? "")
                    + (i.targetMet.map { $0 ? text.barMet : text.barMissed } ?? "")
                    + (i.dataYear.map(text.barDataAsOfYear) ?? "")
                    + (i.tagsBackdated.isEmpty ? "" : text.barTagsBackdated),
                score: i.score.map { NumberFormat.fixed($0, places: 2) },
                tone: Tone(ProgressStatus(rawValue: i.status) ?? .notAvailable))
            bar.basis = bases[i.id]
            return bar
        }
    }

    static func trendChart(_ input: ReportInput, _ l: L10n) -> LineChart? {
        guard
            let scale = input.city.indicators.first(where: { $0.id == "scale" })
                ?? input.city.indicators.first(where: { $0.levelUnit == "亿元" })
        else { return nil }
        let text = CityPageText(l: l)
        let unitFen = 1e10 * l.moneyScale
        let history = input.facts.cityHistory
        guard !history.isEmpty else { return nil }
        let paths = input.facts.paths[scale.id]
        let x = { (p: Period) in p.endTime }
        var series = [
            LineChart.Series(
                name: text.scale, style: .solid,
                points: history.map { .init(x: x($0.period), y: $0.value / unitFen) })
        ]
        if let req = paths?.required, !req.isEmpty {
            series.append(
                .init(
                    name: SharedText(l: l).requiredPath, style: .dashed,
                    points: req.map { .init(x: x($0.period), y: $0.value / unitFen) }))
        }
        if let proj = paths?.projection, proj.count > 1 {
            series.append(
                .init(
                    name: text.projection, style: .dotted,
                    points: proj.map { .init(x: x($0.period), y: $0.value / unitFen) }))
        }
        let target = scale.target?.level
        var rows: [[ReportTable.Cell]] = []
        for h in history {
            let req = paths?.required.first { $0.period == h.period }
            rows.append([
                .init(h.period.description),
                .init(NumberFormat.fixed(h.value / unitFen, places: 2), raw: raw(h.value / unitFen)),
                .init(
                    req.map { NumberFormat.fixed($0.value / unitFen, places: 2) } ?? "",
                    raw: req.map { raw($0.value / unitFen) } ?? "")
            ])
        }
        let table = ReportTable(
            id: "scale_trend", title: text.scaleTable,
            columns: [
                .init(text.period), .init(text.scale, numeric: true),
                .init(SharedText(l: l).requiredPath, numeric: true)
            ], rows: rows)
        let last = history.last!
        let summary = text.trendSummary(
            firstYear: history.first!.period.year, last: last.period,
            latest: NumberFormat.fixed(last.value / unitFen, places: 2),
            target: target.map { (level: $0, year: scale.target!.year) })
        return LineChart(
            id: "scale-trend", title: text.scaleChart, summary: summary, unit: l.moneyUnit,
            series: series, targetLine: target.map { $0 / l.moneyScale },
            targetLabel: target.map {
                text.target(NumberFormat.fixed($0 / l.moneyScale, places: l.lang == .zh ? 0 : 1))
            },
            table: table)
    }

    static func raw(_ d: Double) -> String { NumberFormat.fixed(d, places: 6, trimmingZeros: true) }

    static func parkRanking(_ f: DashboardFacts, _ l: L10n) -> ReportTable {
        let text = CityPageText(l: l)
        return ReportTable(
            id: "parks", title: text.parks,
            columns: [
                .init(text.rank, numeric: true), .init(text.park), .init(text.district), .init(text.level),
                .init(text.scaleToDate(f.dataPeriod), numeric: true), .init(SharedText(l: l).yoy, numeric: true),
                .init(text.shareOfCity, numeric: true), .init(text.firms, numeric: true),
                .init(text.reportedRevenue, numeric: true)
            ],
            rows: f.parks.map { p in
                let ytd = p.scale.map { $0.yearToDate.value(in: .yi) / l.moneyScale }
                return [
                    .init(String(p.rank)), .init(l.park(p.park)), .init(p.park.district.map(l.name) ?? ""),
                    .init(p.park.level.map(l.name) ?? ""),
                    .init(ytd.map { NumberFormat.fixed($0, places: 2) } ?? "—", raw: ytd.map(raw)),
                    .init(p.scale?.growth.map(signed) ?? "—", raw: p.scale?.growth.map(raw)),
                    .init(NumberFormat.percent(p.shareOfCity), raw: p.shareOfCity.map(raw)),
                    .init(String(p.firms)),
                    .init(
                        p.reportedRevenue.map { NumberFormat.fixed($0.value(in: .yi) / l.moneyScale, places: 2) }
                            ?? "—",
                        raw: p.reportedRevenue.map { raw($0.value(in: .yi) / l.moneyScale) })
                ]
            })
    }

    static func dataQualityTable(_ q: DataQualitySummary, _ l: L10n) -> ReportTable {
        let text = CityPageText(l: l)
        return ReportTable(
            id: "data_quality", title: text.dataQuality,
            columns: [
                .init(text.file), .init(text.table), .init(text.encoding), .init(text.rowsReadColumn, numeric: true),
                .init(text.accepted, numeric: true), .init(text.rejected, numeric: true),
                .init(text.skipped, numeric: true), .init(text.warnings, numeric: true), .init(text.attention)
            ],
            rows: q.files.map { f in
                [
                    .init(f.file + (f.sheet.map(text.sheet) ?? "")), .init(SharedText(l: l).tableName(f.table)),
                    .init(f.encoding ?? "—"), .init(String(f.rowsRead)), .init(String(f.accepted)),
                    .init(String(f.rejected)), .init(String(f.skipped)), .init(String(f.warnings)),
                    .init(fileAttention(f, l))
                ]
            })
    }

    /// What is wrong with a file as a whole, in a few words ("" when nothing is).
    static func fileAttention(_ f: DataQualitySummary.File, _ l: L10n) -> String {
        let text = CityPageText(l: l)
        if f.isEmpty { return text.fileEmpty }
        if f.isWhollyRejected { return text.fileWhollyRejected }
        if f.rejected > 0 { return text.someRowsRejected }
        return ""
    }

    /// Files that gave no data (empty, wholly rejected, missing) as warning tiles above the table, so
    /// they are seen; nil when there are none.
    static func dataQualityAlerts(_ q: DataQualitySummary, _ l: L10n) -> Section? {
        let text = CityPageText(l: l)
        var tiles: [KPITile] = []
        for f in q.files where f.isWhollyRejected {
            tiles.append(
                KPITile(
                    label: f.file, value: text.allRejected, detail: text.allRejectedDetail(rowsRead: f.rowsRead),
                    status: text.warning, tone: .deterioration))
        }
        for f in q.files where f.isEmpty {
            tiles.append(
                KPITile(
                    label: f.file, value: text.emptyFile, detail: text.emptyFileDetail, status: text.warning,
                    tone: .limited))
        }
        for alert in q.unitAlerts {
            let file = alert.split(separator: ":", maxSplits: 1).first.map(String.init) ?? alert
            tiles.append(
                KPITile(
                    label: file, value: text.unitSuspected,
                    detail: String(alert.dropFirst(file.count + 1)).trimmingCharacters(in: .whitespaces),
                    status: text.warning, tone: .deterioration))
        }
        for m in q.missingFiles {
            tiles.append(
                KPITile(
                    label: m, value: text.missing, detail: text.missingDetail, status: text.warning,
                    tone: .deterioration))
        }
        guard !tiles.isEmpty else { return nil }
        return Section(
            id: "data-alerts", title: text.dataAlerts,
            note: q.unitAlerts.isEmpty ? text.alertsNote : text.alertsNoteWithUnits, content: .kpis(tiles))
    }

    static func dataQualityNote(_ input: ReportInput, _ l: L10n) -> String {
        let text = CityPageText(l: l)
        let q = input.dataQuality
        var s =
            q.skipped > 0
            ? text.rowsRead(q.rowsRead, accepted: q.accepted, rejected: q.rejected, skipped: q.skipped)
            : text.rowsRead(q.rowsRead, rejected: q.rejected)
        let sep = SharedText(l: l).listSeparator
        let whollyRejected = q.whollyRejectedFiles.map(\.file), empty = q.emptyFiles.map(\.file)
        if !whollyRejected.isEmpty { s += text.whollyRejected(whollyRejected.joined(separator: sep)) }
        if !empty.isEmpty { s += text.emptyFiles(empty.joined(separator: sep), count: empty.count) }
        if !q.missingFiles.isEmpty { s += text.missingFiles(q.missingFiles.joined(separator: sep)) }
        if !q.ignoredFiles.isEmpty { s += text.ignoredFiles(q.ignoredFiles.joined(separator: sep)) }
        let m = q.missingReporters
        if !m.isEmpty {
            s += text.missingReporters(
                m.prefix(10).joined(separator: sep), count: m.count, period: input.facts.dataPeriod)
        }
        return s
    }
}
