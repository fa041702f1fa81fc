import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel

/// `plangauge export`: the tidy tables behind every view (schema `plangauge.export/1`), from the
/// analytics' own results. Amounts are exact decimals of 万元 (enterprise rows) or 亿元 (totals);
/// rates are fractions.
public enum ExportBuilder {
    /// The schema name and version written in `schema.json`.
    public static let schemaVersion = "plangauge.export/1"

    /// `naming`: names the files rows came from (relative to the dataset); nil keeps them as read.
    public static func tables(dataset: Dataset, plans: [Plan], latest: Period?, naming: DatasetNaming? = nil)
        -> [ExportTable]
    {
        let index = DatasetIndex(dataset)
        let issues = SeriesChecks.run(dataset)
        var tables = [enterprisePeriods(index), indicators(index, plans: plans, latest: latest)]
        tables += quarterly(index, latest: latest, issues: issues.count)
        tables.append(seriesIssues(issues, naming: naming))
        return tables
    }

    /// The tables as files: `<name>.csv`, `<name>.json` and `schema.json`.
    public static func files(_ tables: [ExportTable]) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for t in tables {
            files["\(t.name).csv"] = t.csv
            files["\(t.name).json"] = t.json
        }
        struct Schema: Encodable {
            let schema: String
            let tables: [Table]
            struct Table: Encodable { let name, description: String; let columns: [Column] }
            struct Column: Encodable { let name, type, description: String }
        }
        files["schema.json"] = try StableJSON.encode(
            Schema(
                schema: schemaVersion,
                tables: tables.map { t in
                    .init(
                        name: t.name, description: t.description,
                        columns: t.columns.map {
                            .init(name: $0.name, type: $0.kind.rawValue, description: $0.description)
                        })
                }))
        return files
    }

    /// 万元 with at least two decimals (the statistics' precision) and up to six (whole 分).
    static func wan(_ a: Amount?) -> String? {
        a.map { $0.formatted(in: .wan, DecimalFormat(places: 6, keepingAtLeast: 2)) }
    }
    static func yi(_ a: Amount?) -> String? {
        a.map { $0.formatted(in: .yi, DecimalFormat(places: 10, trimmingZeros: true)) }
    }
    static func number(_ d: Double?) -> String? { ExportNumber.text(d) }

    /// A level in its display unit (亿元, %, 家): an exact value exactly, an approximate one by its digits.
    static func level(_ q: Quantity?, _ unit: IndicatorUnit) -> String? {
        guard let q else { return nil }
        guard let r = q.exactValue else { return number(ProgressReportBuilder.display(q.doubleValue, unit)) }
        if let money = unit.money { return ExportNumber.text((r / Rational(Int128(money.fen)))!) }
        return ExportNumber.text(unit == .percent ? r * Rational(100) : r)
    }

    static func enterprisePeriods(_ index: DatasetIndex) -> ExportTable {
        let byID = Dictionary(index.dataset.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        var rows: [[String?]] = []
        let facts = index.dataset.revenue.sorted { ($0.enterprise, $0.period) < ($1.enterprise, $1.period) }
        for f in facts {
            // A 累计 label names the year to date: the row is the period its last month closes at that frequency.
            let p =
                f.basis == .cumulative
                ? (Period.quarter(f.period.year, (f.period.lastMonth - 1) / 3 + 1).flatMap { q in
                    q.lastMonth == f.period.lastMonth ? q : nil
                } ?? .month(f.period.year, f.period.lastMonth)!) : f.period
            guard seen.insert("\(f.enterprise.code)|\(p)").inserted, let e = byID[f.enterprise] else { continue }
            rows.append([
                e.id.code, e.name, e.district, e.park(atEndOf: p), e.segment, e.tags(atEndOf: p).joined(separator: ";"),
                p.description,
                String(p.year), String(p.lastMonth), unitName(p.unit),
                wan(index.revenue.periodValue(e.id, p)),
                wan(index.revenue.yearToDate(e.id, year: p.year, month: p.lastMonth)),
                wan(index.scale.periodValue(e.id, p)),
                wan(index.scale.yearToDate(e.id, year: p.year, month: p.lastMonth))
            ])
        }
        return ExportTable(
            name: "enterprise_periods",
            description: "One row per enterprise × reported period, in both bases (当期 and 累计), 万元.",
            columns: [
                col("id", .text, "统一社会信用代码"), col("name", .text, "企业名称"), col("district", .text, "所属区"),
                col("park", .text, "园区 id at the period's end"), col("segment", .text, "细分领域"),
                col("tags", .text, "标签, ;-separated"),
                col("period", .text, "period label (2023Q3, 2023-07)"), col("year", .integer, "year"),
                col("month", .integer, "the period's last month"), col("unit", .text, "month, quarter, half or year"),
                col("revenue_period_wan", .number, "营业收入 of the period alone (当期), 万元; empty when unknown"),
                col("revenue_ytd_wan", .number, "营业收入 year to date (累计), 万元"),
                col("scale_period_wan", .number, "产业收入 (else 营业收入) of the period alone, 万元"),
                col("scale_ytd_wan", .number, "产业收入 (else 营业收入) year to date, 万元")
            ],
            rows: rows)
    }

    static func unitName(_ u: Period.Unit) -> String {
        switch u {
        case .month: "month"
        case .quarter: "quarter"
        case .halfYear: "half"
        case .year: "year"
        }
    }

    static func indicators(_ index: DatasetIndex, plans: [Plan], latest: Period?) -> ExportTable {
        var rows: [[String?]] = []
        guard let latest else { return indicatorTable(rows) }
        for plan in plans {
            let assessor = PlanAssessor(plan: plan, index: index)
            var q = Period.quarter(plan.baseline, 1)!
            while q <= latest {
                for i in plan.indicators {
                    let a = assessor.assess(i, at: q)
                    let row = ProgressReportBuilder.row(a, parkNames: [:])
                    // Levels as the model holds them: exact values in exact decimals.
                    let level = { (x: Quantity?) in Self.level(x, a.levelUnit) }
                    rows.append([
                        plan.id, i.id, i.name, i.nameEnglish, row.unit, row.levelUnit, q.description,
                        level(a.reading.level),
                        level(a.baseline), row.target?.text, level(a.targetLevel), row.target.map { String($0.year) },
                        number(row.completion), number(row.observedCagr), number(row.requiredCagr),
                        number(row.projection),
                        row.status, row.statusLabel, number(row.score), number(row.progressValue), row.method,
                        i.direction.rawValue, row.targetMet.map { $0 ? "true" : "false" }, row.dataPeriod, row.reason
                    ])
                }
                q = q.next
            }
        }
        return indicatorTable(rows)
    }

    static func indicatorTable(_ rows: [[String?]]) -> ExportTable {
        ExportTable(
            name: "indicators",
            description:
                "One row per plan indicator × quarter end, from the plan's baseline year to the latest complete quarter.",
            columns: [
                col("plan_id", .text, "plan id"), col("indicator_id", .text, "indicator id"),
                col("name", .text, "name"),
                col("name_en", .text, "English name"), col("unit", .text, "the indicator's unit"),
                col("level_unit", .text, "unit of value, baseline, target_level, projection"),
                col("period", .text, "quarter"),
                col("value", .number, "level at the period"),
                col("baseline", .number, "level at the baseline year's end"),
                col("target_text", .text, "the target as the plan states it"),
                col("target_level", .number, "the level the target asks for"),
                col("target_year", .integer, "target year"),
                col("completion", .number, "value / target level (fraction)"),
                col("observed_cagr", .number, "CAGR since the baseline (fraction)"),
                col(
                    "required_cagr", .number,
                    "CAGR needed from the data's date to the deadline (fraction); empty with less than a year left"),
                col("projection", .number, "level at the deadline on the method's trend"),
                col(
                    "status", .text,
                    "target_achieved, substantial_progress, moderate_progress, limited_progress, deterioration, not_available"
                ),
                col("status_label", .text, "the status in Chinese"),
                col("score", .number, "Statistics Canada score, −5…5"),
                col("progress_value", .number, "pv, R or the share missed"),
                col("method", .text, "statcan, unsd or linear"), col("direction", .text, "higher or lower is better"),
                col(
                    "target_met", .boolean,
                    "from the target year on: whether the target was met at its deadline (the final result)"),
                col(
                    "data_period", .text,
                    "for a series whose latest figure is older than the period: that figure's period, the date the indicator is assessed as of"
                ),
                col("reason", .text, "why the status is not_available (无法评估); empty otherwise")
            ],
            rows: rows)
    }

    static func quarterly(_ index: DatasetIndex, latest: Period?, issues: Int) -> [ExportTable] {
        var totals: [[String?]] = [], parts: [[String?]] = []
        let quarters = Set(
            index.dataset.revenue.map { Period.quarter($0.period.year, ($0.period.lastMonth - 1) / 3 + 1)! }
        ).sorted()
        for q in quarters where latest.map({ q <= $0 }) ?? true {
            guard let s = QuarterlyAnalytics.summarize(index, at: q, seriesIssues: issues) else { continue }
            for g in [s.quarter, s.yearToDate] {
                totals.append([
                    q.description, g.view.rawValue, yi(g.total), yi(g.totalYearAgo), number(g.growth),
                    number(g.chainGrowth),
                    number(g.comparable?.growth), g.comparable.map { String($0.entered) },
                    g.comparable.map { String($0.left) },
                    g.comparable.map { String($0.unreported.count) },
                    number(g.comparable?.entryEffect), number(g.comparable?.exitEffect), String(g.reporters)
                ])
            }
            for b in s.breakdowns {
                for r in b.rows {
                    parts.append([
                        q.description, b.dimension.rawValue, r.name, r.id, yi(r.now), yi(r.before), number(r.growth),
                        number(r.share),
                        number(r.contributionRate), number(r.pull)
                    ])
                }
            }
        }
        return [totalsTable(totals), decompositionTable(parts)]
    }

    /// `totals`: the city's quarter and year to date per quarter, from rows in column order.
    static func totalsTable(_ rows: [[String?]]) -> ExportTable {
        ExportTable(
            name: "totals",
            description:
                "The city's totals per quarter: the quarter alone (view period) and the year to date (view cumulative), 亿元.",
            columns: [
                col("period", .text, "quarter"), col("view", .text, "period (当季) or cumulative (累计)"),
                col("total_yi", .number, "total, 亿元"), col("total_year_ago_yi", .number, "a year earlier, 亿元"),
                col("growth", .number, "同比 of the totals"), col("chain_growth", .number, "环比"),
                col("comparable_growth", .number, "同口径: firms in both periods"),
                col("entered", .integer, "firms new since a year ago"),
                col("left", .integer, "firms gone since a year ago (no report in the last twelve months)"),
                col(
                    "unreported", .integer,
                    "未报: firms with a value a year ago that still report but have none now (late returns)"),
                col("entry_effect", .number, "entries' effect on the published rate"),
                col("exit_effect", .number, "the effect of exits and late returns on the published rate"),
                col("reporters", .integer, "firms with a value")
            ],
            rows: rows)
    }

    /// `decomposition`: 贡献率 and 拉动 per quarter and part, from rows in column order.
    static func decompositionTable(_ rows: [[String?]]) -> ExportTable {
        ExportTable(
            name: "decomposition",
            description:
                "贡献率 and 拉动 of the year-to-date growth by segment, district, park and the ten largest enterprises.",
            columns: [
                col("period", .text, "quarter"), col("dimension", .text, "segment, district, park or enterprise"),
                col("part", .text, "the part"),
                col("part_id", .text, "for enterprise parts: the 统一社会信用代码"),
                col("value_yi", .number, "year to date, 亿元"),
                col("value_year_ago_yi", .number, "a year earlier, 亿元"), col("growth", .number, "同比"),
                col("share", .number, "share of the total"),
                col("contribution_rate", .number, "贡献率: Δpart / Δtotal"),
                col("pull", .number, "拉动: Δpart / last year's total")
            ],
            rows: rows)
    }

    static func seriesIssues(_ issues: [SeriesChecks.Issue], naming: DatasetNaming?) -> ExportTable {
        ExportTable(
            name: "series_issues",
            description: "Gaps, falling year-to-date values and basis conflicts in enterprises' series.",
            columns: [
                col("kind", .text, "gap, decreasing_cumulative or basis_conflict"),
                col("enterprise", .text, "统一社会信用代码"),
                col("message", .text, "what is wrong"), col("file", .text, "file of the row after the gap"),
                col("line", .integer, "its line")
            ],
            rows: issues.map {
                [
                    $0.kind.rawValue, $0.enterprise.code, $0.message,
                    $0.origin.map { naming?.file($0.file) ?? $0.file }, $0.origin.map { String($0.line) }
                ]
            })
    }

    static func col(_ name: String, _ kind: ExportTable.Kind, _ description: String) -> ExportTable.Column {
        ExportTable.Column(name: name, kind: kind, description: description)
    }
}
