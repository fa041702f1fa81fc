import PlanGaugeAnalytics
import PlanGaugeModel

/// The summary paragraph in official style, from numbers already computed:
/// "截至2023年四季度，全市网络安全产业规模达到X亿元，同比增长Y%，完成目标的Z%……"
enum Narrative {
    static func paragraphs(_ input: ReportInput) -> [String] {
        let l = L10n(lang: input.language, names: input.englishNames)
        let text = CityPageText(l: l), shared = SharedText(l: l)
        let r = input.city
        var out: [String] = []
        var first = ""
        let targeted = r.indicators.filter { $0.target != nil }
        if let scale = r.indicators.first(where: { $0.id == "scale" }), let v = scale.value {
            first = text.scaleReached(l.money(yi: v), periodLabel: r.periodLabel, period: r.period)
            if let g = input.facts.cityScaleAtAssessment?.growth {
                first += text.yearOnYear(rising: g >= 0, by: NumberFormat.percent(abs(g)))
            }
            if let c = scale.completion, let t = scale.target {
                first += text.ofTarget(NumberFormat.percent(c), target: l.target(t))
            }
            if let cagr = scale.observedCagr {
                first += text.annualGrowth(NumberFormat.percent(cagr), since: scale.baselineYear)
            }
            first += text.scaleSentenceEnd(targetsFollow: !targeted.isEmpty)
        }
        if r.phase == "final" {
            let met = targeted.filter { $0.targetMet == true }
            let missed = targeted.filter { $0.targetMet == false }.map { i in
                text.missedTarget(
                    l.lang == .zh ? i.name : (i.nameEn ?? i.name),
                    value: NumberFormat.value(
                        i.observedRate.map { $0 * 100 } ?? i.value,
                        unit: i.observedRate != nil ? .percent : IndicatorUnitText(i.levelUnit)),
                    completion: NumberFormat.percent(i.completion))
            }
            first += text.finalTally(
                title: shortTitle(r.plan.title), targets: targeted.count, met: met.count, missed: missed)
        } else {
            let onTrack = targeted.filter { ["target_achieved", "substantial_progress"].contains($0.status) }
            let behind = targeted.filter { ["limited_progress", "deterioration"].contains($0.status) }
            first += text.interimTally(
                targets: targeted.count, onTrack: onTrack.count,
                behind: behind.map { l.lang == .zh ? $0.name : ($0.nameEn ?? $0.name) })
        }
        out.append(first)
        if let s = input.facts.cityScale, s.period.description != r.period {
            var latest = text.latestScale(l.money(yi: s.yearToDate.value(in: .yi)), at: s.period)
            if let g = s.growth { latest += text.yearOnYear(rising: g >= 0, by: NumberFormat.percent(abs(g))) }
            if let c = s.comparableGrowth { latest += text.comparableGrowth(c) }
            if let top = input.facts.parks.first, let share = top.shareOfCity {
                latest += text.largestPark(l.park(top.park), share: NumberFormat.percent(share))
            }
            latest += shared.fullStop
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
        let text = CityPageText(l: l)
        let method: String
        switch r.method {
        case "unsd": method = text.methodUNSD
        case "linear": method = text.methodLinear
        default: method = text.methodProgressMeasure
        }
        let score = r.method == "statcan" ? [text.scoreMeaning] : []
        return [method] + score + [text.growthTerms, text.conventions, text.metVersusStatus]
    }
}
