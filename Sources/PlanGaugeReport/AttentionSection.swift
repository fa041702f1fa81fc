import PlanGaugeAnalytics
import PlanGaugeModel

/// 需关注: what the period's figures point to, each point a sentence with its figure: targets
/// behind their time schedule, the large firms that fell most, how concentrated the industry is,
/// districts falling in rank, and the data's own gaps (firms not reporting, rows rejected).
enum AttentionSection {
    /// The section; it says so in one line when nothing stands out.
    static func build(_ input: ReportInput, _ l: L10n) -> Section {
        let text = AttentionText(l: l)
        let points =
            lagging(input.city, text, l) + declines(input, text, l) + concentration(input.facts.attention, text)
            + falling(input.quarterly, text, l) + dataGaps(input, text)
        return Section(
            id: "attention", title: text.title, note: text.note,
            content: .paragraphs(points.isEmpty ? [text.nothing] : points))
    }

    /// Targets a final evaluation found missed; before the deadline, targets whose status lags and
    /// whose completion is behind the time gone (the plan's, or the target year's inside it), with
    /// the yearly growth the rest of the period needs.
    static func lagging(_ r: ProgressReport, _ text: AttentionText, _ l: L10n) -> [String] {
        let behind: Set<ProgressStatus> = [.moderateProgress, .limitedProgress, .deterioration]
        return r.indicators.compactMap { i in
            guard i.target != nil, let completion = i.completion else { return nil }
            let name = l.lang == .zh ? i.name : (i.nameEn ?? i.name)
            let status = l.lang == .zh ? i.statusLabel : i.statusLabelEn
            if i.targetMet == false {
                return text.missed(name, status: status, completion: NumberFormat.percent(completion))
            }
            guard i.targetMet == nil, let st = ProgressStatus(rawValue: i.status), behind.contains(st) else {
                return nil
            }
            let inTargetYear = Int(r.period.prefix(4)) == i.target?.year
            let time = inTargetYear ? i.calendarTimeProgress : i.planTimeProgress
            guard completion < time else { return nil }
            var s = text.lagging(
                name, status: status, completion: NumberFormat.percent(completion), time: NumberFormat.percent(time))
            if time < 1, let needed = i.requiredCagr { s += text.stillNeeded(NumberFormat.percent(needed)) }
            return s + text.end
        }
    }

    static func declines(_ input: ReportInput, _ text: AttentionText, _ l: L10n) -> [String] {
        let p = input.facts.dataPeriod
        let span = l.lang == .zh ? YearToDate.label(p) : YearToDate.englishLabel(p)
        return input.facts.attention.declines.map { d in
            text.decline(
                d.enterprise.name, span: span, field: SharedText(l: l).fieldName("scale"),
                money: l.money(yi: d.now.value(in: .yi)), fall: NumberFormat.percent(-d.growth),
                pull: NumberFormat.fixed(-d.pull * 100, places: 1))
        }
    }

    static func concentration(_ a: AttentionPoints, _ text: AttentionText) -> [String] {
        guard let c = a.concentration else { return [] }
        let change = c.topFiveShareYearAgo.map { c.topFiveShare - $0 }
        return [
            text.concentration(
                NumberFormat.percent(c.topFiveShare),
                change: change.map { NumberFormat.fixed(abs($0) * 100, places: 1) },
                rising: (change ?? 0) >= 0)
        ]
    }

    static func falling(_ q: QuarterlyReport?, _ text: AttentionText, _ l: L10n) -> [String] {
        let fell = (q?.districtRanking ?? []).filter { ($0.scaleRankChange ?? 0) < 0 }
        guard !fell.isEmpty else { return [] }
        return [text.fellInRank(fell.map { (l.name($0.name), -($0.scaleRankChange ?? 0)) })]
    }

    static func dataGaps(_ input: ReportInput, _ text: AttentionText) -> [String] {
        var out: [String] = []
        if let m = input.facts.missing, !m.firms.isEmpty {
            out.append(text.missing(m.firms.count, period: input.facts.dataPeriod))
        }
        if input.dataQuality.rejected > 0 { out.append(text.rejected(input.dataQuality.rejected)) }
        return out
    }
}
