/// `plangauge progress` for a terminal: a heading, one table row per indicator, then what the
/// counts counted and who is close to the threshold.
public enum ProgressTextRenderer {
    /// Rates past this (1000% a year) are no pace anyone can act on: shown as a bound, not a number.
    static let saneRequiredRate = 10.0

    /// 需年均增速: the annual rate still needed; with less than a year left, what the rest of the
    /// period must add (`还需 12.30亿元`, `还需 2家`, or `已达到`).
    static func requiredPace(_ i: IndicatorRow, _ unit: IndicatorUnit) -> String {
        if i.status == "target_achieved" { return "已达到" }
        if let left = i.remaining {
            guard left > 0 else { return "已达到" }
            let lower = ["at_most", "less_than"].contains(i.target?.comparison ?? "")
            let amount = unit == .percent ? NumberFormat.points(left / 100) : NumberFormat.value(left, unit: unit)
            return (lower ? "还需降低 " : "还需 ") + amount
        }
        guard let rate = i.requiredCagr else { return "—" }
        return rate > saneRequiredRate ? "> 1000%" : NumberFormat.percent(rate)
    }

    /// The plan heading, one table row per indicator (Chinese), then notes: unavailable statuses, data dates, backdated tags, year-to-date progress, firms counted, the pipeline and late returns.
    public static func render(_ r: ProgressReport) -> String {
        var out = heading(r)
        out += indicatorTable(r).render()
        let notes = r.indicators.flatMap(indicatorNotes)
        if !notes.isEmpty { out += "\n" + notes.map { "· " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }

    /// The plan's title and document, then the period, baseline, deadline, method and data, and a blank line.
    private static func heading(_ r: ProgressReport) -> String {
        var out = r.plan.title
        if let doc = r.plan.document { out += "  \(doc)" }
        out += "\n"
        out +=
            "评估期 \(r.periodLabel)（\(r.phaseLabel)） · 基期 \(r.plan.baseline)年 · 目标年 \(r.plan.deadline)年 · 方法 \(CityPageText(l: L10n(lang: .zh)).methodName(r.method))"
        out += " · 数据 \(r.dataset)"
        if let latest = r.latestPeriod, latest != r.period { out += "（最新完整期 \(latest)）" }
        out += "\n\n"
        return out
    }

    /// One row per indicator: value, baseline, target, 完成度, growth, the pace still needed, status and score.
    private static func indicatorTable(_ r: ProgressReport) -> TextTable {
        var table = TextTable(
            headers: ["指标", "当前值", "基期值", "目标", "完成度", "年均增速", "需年均增速", "状态", "得分", "结论"],
            alignments: [.left, .right, .right, .left, .right, .right, .right, .left, .right, .left])
        for i in r.indicators {
            let unit = IndicatorUnitText(i.levelUnit)
            var current = NumberFormat.value(i.value, unit: unit)
            if let rate = i.observedRate { current = NumberFormat.percent(rate) + "（规模 \(current)）" }
            var target = i.target?.text ?? (i.monitoringOnly ? "监测指标" : "—")
            if let t = i.target, t.growthRate != nil, let level = t.level {
                target += "（即 \(NumberFormat.value(level, unit: unit))）"
            }
            table.rows.append([
                i.name, current, NumberFormat.value(i.baseline, unit: unit), target,
                NumberFormat.percent(i.completion), NumberFormat.percent(i.observedCagr),
                Self.requiredPace(i, unit), i.statusLabel,
                i.score.map { NumberFormat.fixed($0, places: 2) } ?? "—",
                i.targetMet.map { $0 ? "达标" : "未达标" } ?? ""
            ])
        }
        return table
    }

    /// One indicator's notes, in this order: why it is not assessed, its data date, backdated tags,
    /// values after the target period, then year-to-date progress.
    private static func indicatorNotes(_ i: IndicatorRow) -> [String] {
        let unit = IndicatorUnitText(i.levelUnit)
        var notes: [String] = []
        if let why = i.reason { notes.append("\(i.name)：无法评估——\(why)") }
        if let year = i.dataYear {
            let asOf = i.dataPeriod == String(year) ? "\(year)年" : (i.dataPeriod ?? "\(year)年")
            notes.append("\(i.name)：数据截至\(asOf)，按该期评估（增速与进度算至该期）")
        }
        if !i.tagsBackdated.isEmpty {
            notes.append(
                "\(i.name)：按现有标签回溯（\(i.tagsBackdated.joined(separator: "、"))未注明认定日期，早于最新期的计数按现有标签计，可能高估基期）")
        }
        if !i.later.isEmpty {
            notes.append(
                "\(i.name) 目标期后："
                    + i.later.map { "\($0.period) \(NumberFormat.value($0.value, unit: unit))" }
                    .joined(separator: "，"))
        }
        if let ytd = i.yearToDate, let annual = i.annualCompletion, i.calendarTimeProgress < 1 {
            var s = "\(i.name) 累计 \(NumberFormat.value(ytd, unit: unit))，完成年度目标 \(NumberFormat.percent(annual))，"
            s += "时间进度 \(NumberFormat.percent(i.calendarTimeProgress))"
            if let seasonal = i.seasonalTimeProgress { s += "（季节性进度 \(NumberFormat.percent(seasonal))，按上年同期占全年比重）" }
            notes.append(s)
        }
        return notes + firmNotes(i)
    }

    /// One indicator's firm lists: those counted, those close to the threshold, and late returns.
    private static func firmNotes(_ i: IndicatorRow) -> [String] {
        var notes: [String] = []
        if !i.counted.isEmpty {
            let names = i.counted.prefix(12).map { f in
                f.value.map { "\(f.name)（\(NumberFormat.fixed($0, places: 2))亿元）" } ?? f.name
            }
            notes.append(
                "\(i.name) 计入 \(i.counted.count) 家：" + names.joined(separator: "、")
                    + (i.counted.count > 12 ? " 等" : ""))
        }
        if !i.pipeline.isEmpty {
            let names = i.pipeline.prefix(10).map { f in
                "\(f.name)（\(NumberFormat.fixed(f.value ?? 0, places: 2))亿元，达门槛 \(NumberFormat.percent(f.shareOfThreshold, places: 0))）"
            }
            notes.append("\(i.name) 接近门槛（差距 20% 以内）\(i.pipeline.count) 家：" + names.joined(separator: "、"))
        }
        if !i.missingReporters.isEmpty {
            // Late returns: they reported within the last twelve months, so they have not left.
            let names =
                i.missingReporters.prefix(12).map(\.name).joined(separator: "、")
                + (i.missingReporters.count > 12 ? " 等" : "")
            notes.append("\(i.name)：\(i.missingReporters.count) 家近12个月报过数的企业本期未报，未计入：\(names)")
        }
        return notes
    }
}

import PlanGaugeModel

// The unit back from its display text (rows carry plain strings).
func IndicatorUnitText(_ text: String) -> IndicatorUnit { IndicatorUnit(text: text) ?? .items }
