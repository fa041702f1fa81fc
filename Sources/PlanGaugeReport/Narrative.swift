import PlanGaugeAnalytics
import PlanGaugeModel

/// The summary paragraph in official style, from numbers already computed:
/// "截至2023年四季度，全市网络安全产业规模达到X亿元，同比增长Y%，完成目标的Z%……"
enum Narrative {
    static func paragraphs(_ input: ReportInput) -> [String] {
        input.language == .zh ? chinese(input) : english(input)
    }

    static func chinese(_ input: ReportInput) -> [String] {
        let r = input.city
        var out: [String] = []
        var first = ""
        if let scale = r.indicators.first(where: { $0.id == "scale" }), let v = scale.value {
            let end = r.periodLabel.replacingOccurrences(of: "四季度", with: "底")
            first = "截至\(end)，全市网络安全产业规模达到\(NumberFormat.fixed(v, places: 2))亿元"
            if let g = input.facts.cityScaleAtAssessment?.growth {
                first += "，同比\(g >= 0 ? "增长" : "下降")\(NumberFormat.percent(abs(g)))"
            }
            if let c = scale.completion, let t = scale.target { first += "，完成目标（\(t.text)）的\(NumberFormat.percent(c))" }
            if let cagr = scale.observedCagr { first += "，\(scale.baselineYear)年以来年均增长\(NumberFormat.percent(cagr))" }
            first += "。"
        }
        let targeted = r.indicators.filter { $0.target != nil }
        if r.phase == "final" {
            let met = targeted.filter { $0.targetMet == true }
            let missed = targeted.filter { $0.targetMet == false }
            first += "《\(shortTitle(r.plan.title))》确定的\(targeted.count)项量化目标中，已完成\(met.count)项"
            if !missed.isEmpty {
                first +=
                    "，未完成\(missed.count)项（"
                    + missed.map { i in
                        "\(i.name)\(NumberFormat.value(i.observedRate.map { $0 * 100 } ?? i.value, unit: i.observedRate != nil ? .percent : IndicatorUnitText(i.levelUnit)))，完成\(NumberFormat.percent(i.completion))"
                    }.joined(separator: "；") + "）"
            }
            first += "。"
        } else {
            let onTrack = targeted.filter { ["target_achieved", "substantial_progress"].contains($0.status) }
            first += "\(targeted.count)项量化目标中，\(onTrack.count)项已完成或进度符合预期"
            let behind = targeted.filter { ["limited_progress", "deterioration"].contains($0.status) }
            if !behind.isEmpty { first += "，\(behind.map(\.name).joined(separator: "、"))进展滞后，需加快推进" }
            first += "。"
        }
        out.append(first)
        if let s = input.facts.cityScale, s.period.description != r.period {
            var latest =
                "\(YearToDate.label(s.period))，全市网络安全产业规模\(NumberFormat.fixed(s.yearToDate.value(in: .yi), places: 2))亿元"
            if let g = s.growth { latest += "，同比\(g >= 0 ? "增长" : "下降")\(NumberFormat.percent(abs(g)))" }
            if let c = s.comparableGrowth { latest += "（同口径\(c >= 0 ? "增长" : "下降")\(NumberFormat.percent(abs(c)))）" }
            if let top = input.facts.parks.first, let share = top.shareOfCity {
                latest += "；\(top.park.name)规模居各园区首位，占全市的\(NumberFormat.percent(share))"
            }
            latest += "。"
            out.append(latest)
        }
        return out
    }

    static func english(_ input: ReportInput) -> [String] {
        let l = L10n(lang: .en, names: input.englishNames)
        let r = input.city
        var out: [String] = []
        var first = ""
        let targeted = r.indicators.filter { $0.target != nil }
        if let scale = r.indicators.first(where: { $0.id == "scale" }), let v = scale.value {
            first = "By the end of \(r.period), the city's cybersecurity industry reached \(l.money(yi: v))"
            if let g = input.facts.cityScaleAtAssessment?.growth {
                first += ", \(g >= 0 ? "up" : "down") \(NumberFormat.percent(abs(g))) year on year"
            }
            if let c = scale.completion, let t = scale.target {
                first += ", \(NumberFormat.percent(c)) of the target (\(l.target(t.text)))"
            }
            if let cagr = scale.observedCagr {
                first += ", growing \(NumberFormat.percent(cagr)) a year since \(scale.baselineYear)"
            }
            first += targeted.isEmpty ? "." : ". "
        }
        let met = targeted.filter { $0.targetMet == true }
        if targeted.isEmpty {
            // No quantified target: nothing to count ("Of the plan's 0 targets, 0 were met" says nothing).
        } else if r.phase == "final" {
            first +=
                "Of the plan's \(targeted.count) quantified targets, \(met.count) \(met.count == 1 ? "was" : "were") met"
            let missed = targeted.filter { $0.targetMet == false }
            if !missed.isEmpty { first += "; missed: " + missed.map { $0.nameEn ?? $0.name }.joined(separator: ", ") }
            first += "."
        } else {
            let onTrack = targeted.filter { ["target_achieved", "substantial_progress"].contains($0.status) }
            first += "Of \(targeted.count) quantified targets, \(onTrack.count) are met or on track."
        }
        out.append(first)
        if let s = input.facts.cityScale, s.period.description != r.period {
            var latest =
                "In \(YearToDate.englishLabel(s.period)) the scale was \(l.money(yi: s.yearToDate.value(in: .yi)))"
            if let g = s.growth { latest += ", \(g >= 0 ? "up" : "down") \(NumberFormat.percent(abs(g))) year on year" }
            if let c = s.comparableGrowth { latest += " (\(NumberFormat.percent(c)) on a comparable basis)" }
            if let top = input.facts.parks.first, let share = top.shareOfCity {
                latest += "; \(l.park(top.park)) is the largest park, with \(NumberFormat.percent(share)) of the city"
            }
            latest += "."
            out.append(latest)
        }
        return out
    }

    /// 上海市建设网络安全产业创新高地行动计划（2021-2023年） → 行动计划 shortened for the sentence.
    static func shortTitle(_ t: String) -> String { t }
}

/// The method note: which assessment method and data conventions the page uses.
enum Methodology {
    static func paragraphs(_ r: ProgressReport, _ l: L10n) -> [String] {
        let method: String
        switch r.method {
        case "unsd":
            method = l.t(
                "评估方法：联合国统计司进展图表法，R =（预测值 − 基期值）/（目标值 − 基期值），R ≥ 0.95 为进度符合预期，≥ 0.10 为有进展，其余为进展滞后。",
                "Method: UNSD progress chart, R = (projected − base)/(target − base); ≥ 0.95 on track, ≥ 0.10 moderate, otherwise off track."
            )
        case "linear":
            method = l.t(
                "评估方法：按近五年年均变化量线性外推至目标年，缺口小于剩余差距的 5% 为进度符合预期，5%–20% 为有进展，其余为进展滞后。",
                "Method: the last five years' average change extrapolated linearly; a miss under 5% of the remaining gap is on track, 5–20% moderate."
            )
        default:
            method = l.t(
                "评估方法：加拿大统计局 / Open SDG 进展测度。进展值 pv = 实际年均增速 / 实现目标所需年均增速（均自基期起算），pv ≥ 0.95 为进度符合预期，≥ 0.60 为有进展需加快，≥ 0 为进展有限，< 0 为逆向变化；得分 −5 至 5。以增速表述的目标按其隐含的规模水平评估。",
                "Method: Statistics Canada / Open SDG progress measure. pv = observed CAGR since the baseline / CAGR required to reach the target; ≥ 0.95 on track, ≥ 0.60 moderate, ≥ 0 limited, < 0 deterioration; scores −5 to 5. Growth-rate targets are assessed on the level they imply."
            )
        }
        return [
            method,
            l.t(
                "口径：产业规模为企业产业收入（未单列时为营业收入）之和；累计值按报送值使用，当期值自1月起累加，缺报则视为未知而非零；全年值只计入报送至年末的企业。金额以分为单位精确求和，显示时四舍五入。",
                "Conventions: the scale sums industry revenue where firms report it (else revenue); year-to-date figures are used as reported, period figures are chained from January, a gap is unknown, not zero; a year counts firms that reported to its end. Amounts are summed exactly in fen and rounded only for display."
            ),
            l.t(
                "终期评估时，“达标/未达标”为目标年末的实际结论，状态为按趋势的进展评估，两者可能不同。",
                "At a final evaluation, met/missed is the result at the deadline; the status is the trend-based assessment, and the two can differ."
            )
        ]
    }
}
