import PlanGaugeModel

/// Whose figure a goal is and over which months, in a few words: `园区统计（全口径）营业收入 ·
/// 2025年全年`, `名录内企业产业收入 · 近12个月`, `名录内企业 · 2025年末`. A park's page says it
/// beside every goal, as the park office's figures and the tracked firms' differ.
enum GoalBasis {
    static func text(
        _ m: Measure, at p: Period, plan: Plan?, seriesSources: [String: String], _ l: L10n, depth: Int = 0
    ) -> String {
        let text = SharedText(l: l)
        let flowSpan = p.lastMonth == 12 ? text.fullYear(p.year) : text.trailingYear
        let end = p.lastMonth == 12 ? text.yearEnd(p.year) : text.periodEnd(p)
        switch m {
        case .parkStat(_, let field):
            switch field {
            case .revenue: return text.parkOffice + text.basisRevenue + flowSpan
            case .firms: return text.parkOffice + text.basisFirms + end
            case .employees: return text.parkOffice + text.basisEmployees + end
            }
        case .sum(let field, _):
            switch field {
            case .scale: return text.trackedFirms + text.basisIndustryRevenue + flowSpan
            case .revenue: return text.trackedFirms + text.basisRevenue + flowSpan
            case .industryRevenue: return text.trackedFirms + text.basisReportedIndustryRevenue + flowSpan
            case .rdExpense: return text.trackedFirms + text.basisRDExpense + flowSpan
            case .marketCap: return text.trackedFirms + text.basisMarketCap + end
            case .employees: return text.trackedFirms + text.basisEmployees + end
            }
        case .count:
            return text.basisCountedFirms + end
        case .milestones:
            return text.basisMilestones + end
        case .series(let name):
            return text.basisExternalSeries + (seriesSources[name] ?? name)
        case .ratio(let a, let b):
            return Self.text(a, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1) + " ÷ "
                + Self.text(b, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1)
        case .cagr(let inner, _):
            return text.basisAnnualGrowth
                + Self.text(inner, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1)
        case .indicator(let id):
            guard depth < 8, let i = plan?.indicators.first(where: { $0.id == id }) else { return id }
            return Self.text(i.measure, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1)
        }
    }
}
