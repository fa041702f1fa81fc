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
        let r = input.city
        let f = input.facts
        var meta: [String] = []
        if let doc = r.plan.document { meta.append(l.t("文号：", "Document: ") + doc) }
        meta.append(
            l.t(
                "目标评估：\(r.periodLabel)（\(r.phaseLabel)），基期 \(r.plan.baseline) 年，目标年 \(r.plan.deadline) 年",
                "Assessed at \(r.period) (\(r.phase)), baseline \(r.plan.baseline), deadline \(r.plan.deadline)"))
        meta.append(
            l.t("数据截至：\(f.dataPeriod.chineseLabel)（\(input.dataset)）", "Data as of \(f.dataPeriod) (\(input.dataset))"))
        if let g = input.generatedAt { meta.append(l.t("生成时间：", "Generated: ") + g) }

        var sections: [Section] = []
        sections.append(
            Section(
                id: "narrative", title: l.t("综述", "Summary"),
                content: .paragraphs(Narrative.paragraphs(input))))
        // Files that gave no data are said at the top, not only in the data-quality table at the end.
        if let alerts = dataQualityAlerts(input.dataQuality, l) { sections.append(alerts) }
        sections.append(Section(id: "kpis", title: l.t("主要指标", "Key indicators"), content: .kpis(kpis(input, l))))
        sections.append(
            Section(
                id: "progress", title: l.t("目标完成进度", "Progress against targets"),
                note: l.t(
                    "条形为完成度（当前值/目标值），竖线为时间进度：实线按日历，虚线按上年同期占全年比重（季节性）。",
                    "Bars show completion (value / target); the solid marker is calendar time progress, the dashed one the seasonal benchmark (last year's same-period share)."
                ),
                content: .progress(progressBars(r, l))))
        if let notes = indicatorNotes(r, l) { sections.append(notes) }
        sections += QuarterlySections.build(input.quarterly, l)
        if let chart = trendChart(input, l) {
            sections.append(Section(id: "trend", title: l.t("产业规模走势", "Industry scale"), content: .chart(chart)))
        }
        sections += CountedFirmTables.sections(r, plan: input.cityAssessment.plan, l)
        sections.append(
            Section(
                id: "parks", title: l.t("园区比较", "Parks compared"),
                note: l.t(
                    "按\(f.dataPeriod.chineseLabel)累计产业收入排名。",
                    "Ranked by industry revenue, \(YearToDate.englishLabel(f.dataPeriod))."),
                content: .table(parkRanking(f, l))))
        sections.append(
            Section(
                id: "data-quality", title: l.t("数据质量", "Data quality"),
                note: dataQualityNote(input, l), content: .table(dataQualityTable(input.dataQuality, l))))
        sections.append(
            Section(id: "method", title: l.t("方法说明", "Method"), content: .paragraphs(Methodology.paragraphs(r, l))))
        let title = l.lang == .zh ? r.plan.title : (r.plan.titleEn ?? r.plan.title)
        return Page(language: input.language, title: title, meta: meta, sections: sections, links: parkLinks)
    }

    static func kpis(_ input: ReportInput, _ l: L10n) -> [KPITile] {
        var tiles: [KPITile] = []
        if let s = input.facts.cityScale {
            let label = l.t(
                "最新：\(YearToDate.label(s.period))产业规模", "Latest: scale, \(YearToDate.englishLabel(s.period))")
            var detail = s.growth.map { l.t("同比 ", "YoY ") + signed($0) }
            if let c = s.comparableGrowth {
                detail = (detail.map { $0 + l.t("，", ", ") } ?? "") + l.t("同口径 ", "comparable ") + signed(c)
            }
            tiles.append(KPITile(label: label, value: l.money(yi: s.yearToDate.value(in: .yi)), detail: detail))
        }
        for i in input.city.indicators {  // an indicator without a target is shown as 监测指标
            let unit = IndicatorUnitText(i.levelUnit)
            var value = l.value(i.value, unit: unit)
            if let rate = i.observedRate { value = NumberFormat.percent(rate) }
            var detail =
                i.target.map { l.t("目标 ", "target ") + l.target($0.text) }
                ?? l.t("监测指标（未设目标）", "monitoring only (no target)")
            if let why = l.lang == .zh ? i.reason : i.reasonEn { detail += l.t("；", "; ") + why }
            if let c = i.completion { detail += l.t("，完成 ", ", ") + NumberFormat.percent(c) + l.t("", " done") }
            if let year = i.dataYear { detail += l.t("；数据截至\(year)年", "; data as of \(year)") }
            if !i.tagsBackdated.isEmpty { detail += l.t("；按现有标签回溯", "; today's tags applied to the past") }
            if i.id == "scale", let s = input.facts.cityScaleAtAssessment, let g = s.growth {
                detail = l.t("同比 ", "YoY ") + signed(g) + l.t("，", ", ") + detail
            }
            let verdict = i.targetMet.map { $0 ? l.t("（达标）", " (met)") : l.t("（未达标）", " (missed)") } ?? ""
            tiles.append(
                KPITile(
                    label: l.lang == .zh ? i.name : (i.nameEn ?? i.name), value: value, detail: detail,
                    status: (l.lang == .zh ? i.statusLabel : i.statusLabelEn) + verdict,
                    score: i.score.map { l.t("得分 ", "score ") + NumberFormat.fixed($0, places: 2) },
                    tone: Tone(ProgressStatus(rawValue: i.status) ?? .notAvailable)))
        }
        return tiles
    }

    /// Where each target stands in the document and what the plan file says about it.
    static func indicatorNotes(_ r: ProgressReport, _ l: L10n) -> Section? {
        let rows = r.indicators.filter { $0.target != nil || $0.note != nil }.map { i -> [ReportTable.Cell] in
            [
                .init(l.lang == .zh ? i.name : (i.nameEn ?? i.name)), .init(i.clause ?? ""),
                .init(i.target.map { l.target($0.text) } ?? "—"),
                .init(i.method), .init(i.note ?? "")
            ]
        }
        guard !rows.isEmpty else { return nil }
        return Section(
            id: "indicators", title: l.t("指标与出处", "Indicators and sources"),
            content: .table(
                ReportTable(
                    id: "indicators", title: l.t("指标与出处", "Indicators and sources"),
                    columns: [
                        .init(l.t("指标", "Indicator")), .init(l.t("文件条款", "Clause")), .init(l.t("目标", "Target")),
                        .init(l.t("评估方法", "Method")), .init(l.t("说明", "Note"))
                    ], rows: rows)))
    }

    static func signed(_ fraction: Double) -> String {
        (fraction >= 0 ? "+" : "") + NumberFormat.percent(fraction)
    }

    static func progressBars(_ r: ProgressReport, _ l: L10n) -> [ProgressBar] {
        r.indicators.map { i in  // monitoring-only indicators too, with no target
            let unit = IndicatorUnitText(i.levelUnit)
            // Inside the target year the markers are the year's time progress; before it, the
            // share of the plan period elapsed.
            let inTargetYear = Int(r.period.prefix(4)) == i.target?.year
            return ProgressBar(
                label: l.lang == .zh ? i.name : (i.nameEn ?? i.name), completion: i.completion,
                calendarMarker: inTargetYear ? i.calendarTimeProgress : i.planTimeProgress,
                seasonalMarker: inTargetYear && i.calendarTimeProgress < 1 ? i.seasonalTimeProgress : nil,
                valueText: l.value(i.value, unit: unit),
                targetText: i.target.flatMap { t in t.level.map { l.value($0, unit: unit) } }
                    ?? (i.monitoringOnly ? l.t("监测指标", "monitoring") : "—"),
                status: (l.lang == .zh ? i.statusLabel : i.statusLabelEn)
                    + ((l.lang == .zh ? i.reason : i.reasonEn).map { l.t("（\($0)）", " (\($0))") } ?? "")
                    + (i.targetMet.map { $0 ? l.t("·达标", " · met") : l.t("·未达标", " · missed") } ?? "")
                    + (i.dataYear.map { l.t("·数据截至\($0)年", " · data as of \($0)") } ?? "")
                    + (i.tagsBackdated.isEmpty ? "" : l.t("·按现有标签回溯", " · today's tags applied to the past")),
                score: i.score.map { NumberFormat.fixed($0, places: 2) },
                tone: Tone(ProgressStatus(rawValue: i.status) ?? .notAvailable))
        }
    }

    static func trendChart(_ input: ReportInput, _ l: L10n) -> LineChart? {
        guard
            let scale = input.city.indicators.first(where: { $0.id == "scale" })
                ?? input.city.indicators.first(where: { $0.levelUnit == "亿元" })
        else { return nil }
        let unitFen = 1e10 * l.moneyScale
        let history = input.facts.cityHistory
        guard !history.isEmpty else { return nil }
        let paths = input.facts.paths[scale.id]
        let x = { (p: Period) in p.endTime }
        var series = [
            LineChart.Series(
                name: l.t("产业规模", "Scale"), style: .solid,
                points: history.map { .init(x: x($0.period), y: $0.value / unitFen) })
        ]
        if let req = paths?.required, !req.isEmpty {
            series.append(
                .init(
                    name: l.t("目标所需路径", "Required path"), style: .dashed,
                    points: req.map { .init(x: x($0.period), y: $0.value / unitFen) }))
        }
        if let proj = paths?.projection, proj.count > 1 {
            series.append(
                .init(
                    name: l.t("按现有增速预测", "Projection on trend"), style: .dotted,
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
            id: "scale_trend", title: l.t("产业规模（亿元）", "Scale (CNY bn)"),
            columns: [
                .init(l.t("期间", "Period")), .init(l.t("产业规模", "Scale"), numeric: true),
                .init(l.t("目标所需路径", "Required path"), numeric: true)
            ], rows: rows)
        let last = history.last!
        let summary = l.t(
            "全市网络安全产业规模（近四季度或全年），\(history.first!.period.year)年至\(last.period.chineseLabel)，最新 \(NumberFormat.fixed(last.value / unitFen, places: 2)) 亿元"
                + (target.map { "；目标 \(NumberFormat.fixed($0, places: 2)) 亿元（\(scale.target!.year)年）" } ?? "") + "。",
            "City industry scale (year or trailing twelve months), \(history.first!.period.year) to \(last.period): latest CNY \(NumberFormat.fixed(last.value / unitFen, places: 2)) bn"
                + (target.map { "; target CNY \(NumberFormat.fixed($0 / 10, places: 2)) bn by \(scale.target!.year)" }
                    ?? "") + ".")
        return LineChart(
            id: "scale-trend", title: l.t("产业规模走势（亿元）", "Industry scale (CNY bn)"), summary: summary, unit: l.moneyUnit,
            series: series, targetLine: target.map { $0 / l.moneyScale },
            targetLabel: target.map {
                l.t("目标 ", "target ") + NumberFormat.fixed($0 / l.moneyScale, places: l.lang == .zh ? 0 : 1)
            },
            table: table)
    }

    static func raw(_ d: Double) -> String { NumberFormat.fixed(d, places: 6, trimmingZeros: true) }

    static func parkRanking(_ f: DashboardFacts, _ l: L10n) -> ReportTable {
        ReportTable(
            id: "parks", title: l.t("园区比较", "Parks"),
            columns: [
                .init(l.t("位次", "Rank"), numeric: true), .init(l.t("园区", "Park")), .init(l.t("所属区", "District")),
                .init(l.t("级别", "Level")),
                .init(l.t("累计产业收入（亿元）", "\(YearToDate.englishWord(f.dataPeriod)) scale (CNY bn)"), numeric: true),
                .init(l.t("同比", "YoY"), numeric: true), .init(l.t("占全市", "Share of city"), numeric: true),
                .init(l.t("企业数", "Firms"), numeric: true),
                .init(l.t("园区统计营收（亿元）", "Park-reported revenue (CNY bn)"), numeric: true)
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
        ReportTable(
            id: "data_quality", title: l.t("数据质量", "Data quality"),
            columns: [
                .init(l.t("文件", "File")), .init(l.t("表", "Table")), .init(l.t("编码", "Encoding")),
                .init(l.t("读取行", "Rows read"), numeric: true), .init(l.t("接受", "Accepted"), numeric: true),
                .init(l.t("拒绝", "Rejected"), numeric: true), .init(l.t("跳过", "Skipped"), numeric: true),
                .init(l.t("警告", "Warnings"), numeric: true), .init(l.t("提示", "Attention"))
            ],
            rows: q.files.map { f in
                [
                    .init(f.file + (f.sheet.map { l.t("（工作表 \($0)）", " (sheet \($0))") } ?? "")), .init(f.table),
                    .init(f.encoding ?? "—"), .init(String(f.rowsRead)), .init(String(f.accepted)),
                    .init(String(f.rejected)), .init(String(f.skipped)), .init(String(f.warnings)),
                    .init(fileAttention(f, l))
                ]
            })
    }

    /// What is wrong with a file as a whole, in a few words ("" when nothing is).
    static func fileAttention(_ f: DataQualitySummary.File, _ l: L10n) -> String {
        if f.isEmpty { return l.t("⚠ 空文件：没有数据行", "⚠ empty: no data rows") }
        if f.isWhollyRejected { return l.t("⚠ 全部行被拒绝", "⚠ every row rejected") }
        if f.rejected > 0 { return l.t("部分行被拒绝", "some rows rejected") }
        return ""
    }

    /// Files that gave no data (empty, wholly rejected, missing) as warning tiles above the table, so
    /// they are seen; nil when there are none.
    static func dataQualityAlerts(_ q: DataQualitySummary, _ l: L10n) -> Section? {
        var tiles: [KPITile] = []
        for f in q.files where f.isWhollyRejected {
            tiles.append(
                KPITile(
                    label: f.file, value: l.t("全部拒绝", "All rejected"),
                    detail: l.t(
                        "读取 \(f.rowsRead) 行，全部被拒绝：本表数据未进入统计。",
                        "\(f.rowsRead) rows read, all rejected: none of this table is in the figures."),
                    status: l.t("⚠ 警示", "⚠ warning"), tone: .deterioration))
        }
        for f in q.files where f.isEmpty {
            tiles.append(
                KPITile(
                    label: f.file, value: l.t("空文件", "Empty file"),
                    detail: l.t("文件没有数据行：本表未提供任何数据。", "The file has no data rows: this table gave no data."),
                    status: l.t("⚠ 警示", "⚠ warning"), tone: .limited))
        }
        for alert in q.unitAlerts {
            let file = alert.split(separator: ":", maxSplits: 1).first.map(String.init) ?? alert
            tiles.append(
                KPITile(
                    label: file, value: l.t("疑似单位错误", "Unit suspected wrong"),
                    detail: String(alert.dropFirst(file.count + 1)).trimmingCharacters(in: .whitespaces),
                    status: l.t("⚠ 警示", "⚠ warning"), tone: .deterioration))
        }
        for m in q.missingFiles {
            tiles.append(
                KPITile(
                    label: m, value: l.t("缺失", "Missing"),
                    detail: l.t("必需的文件不存在。", "A required file is not there."),
                    status: l.t("⚠ 警示", "⚠ warning"), tone: .deterioration))
        }
        guard !tiles.isEmpty else { return nil }
        return Section(
            id: "data-alerts", title: l.t("数据警示", "Data alerts"),
            note: q.unitAlerts.isEmpty
                ? l.t("以下文件未提供数据，相关数字不完整。", "These files gave no data; the figures that depend on them are incomplete.")
                : l.t(
                    "以下文件未提供数据或疑似填报单位错误，相关数字不完整或可能偏差上千倍，请核实后再使用。",
                    "These files gave no data or look filled in the wrong unit: the figures that depend on them are incomplete or may be 1,000× off; check them before use."
                ),
            content: .kpis(tiles))
    }

    static func dataQualityNote(_ input: ReportInput, _ l: L10n) -> String {
        let q = input.dataQuality
        var s: String
        if q.skipped > 0 {
            s = l.t(
                "共读取 \(q.rowsRead) 行，接受 \(q.accepted) 行，拒绝 \(q.rejected) 行，跳过 \(q.skipped) 行非数据行（读取 = 接受 + 拒绝 + 跳过）。",
                "\(q.rowsRead) rows read, \(q.accepted) accepted, \(q.rejected) rejected, \(q.skipped) skipped as no data (read = accepted + rejected + skipped)."
            )
        } else {
            s = l.t(
                "共读取 \(q.rowsRead) 行，拒绝 \(q.rejected) 行（读取 = 接受 + 拒绝）。",
                "\(q.rowsRead) rows read, \(q.rejected) rejected (read = accepted + rejected).")
        }
        let sep = l.t("、", ", ")
        let whollyRejected = q.whollyRejectedFiles.map(\.file), empty = q.emptyFiles.map(\.file)
        if !whollyRejected.isEmpty {
            s += l.t(
                "注意：\(whollyRejected.joined(separator: sep)) 的行全部被拒绝，其数据未计入。",
                " Attention: every row of \(whollyRejected.joined(separator: sep)) was rejected; none of it is counted."
            )
        }
        if !empty.isEmpty {
            s += l.t(
                "注意：\(empty.joined(separator: sep)) 是空文件（没有数据行）。",
                " Attention: \(empty.joined(separator: sep)) \(empty.count == 1 ? "is an empty file" : "are empty files") (no data rows)."
            )
        }
        if !q.missingFiles.isEmpty {
            s += l.t(
                "缺少必需文件：\(q.missingFiles.joined(separator: sep))。",
                " Missing required files: \(q.missingFiles.joined(separator: sep)).")
        }
        if !q.ignoredFiles.isEmpty {
            s += l.t(
                "未读取的文件（不属于数据集约定的表）：\(q.ignoredFiles.joined(separator: sep))。",
                " Not read (no table of the dataset contract): \(q.ignoredFiles.joined(separator: sep)).")
        }
        let m = q.missingReporters
        if !m.isEmpty {
            let names = m.prefix(10).joined(separator: sep)
            s += l.t(
                "\(input.facts.dataPeriod.chineseLabel)有 \(m.count) 家近一年报过数的企业未报数：\(names)\(m.count > 10 ? " 等" : "")。",
                " \(m.count) firms that reported in the last year have no figure for \(input.facts.dataPeriod): \(names)\(m.count > 10 ? ", …" : "")."
            )
        }
        return s
    }
}
