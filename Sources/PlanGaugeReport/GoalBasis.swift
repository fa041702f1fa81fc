import PlanGaugeModel

/// Whose figure a goal is and over which months, in a few words: `园区统计（全口径）营业收入 ·
/// 2025年全年`, `名录内企业产业收入 · 近12个月`, `名录内企业 · 2025年末`. A park's page says it
/// beside every goal, as the park office's figures and the tracked firms' differ.
enum GoalBasis {
    static func text(
        _ m: Measure, at p: Period, plan: Plan?, seriesSources: [String: String], _ l: L10n, depth: Int = 0
    ) -> String {
        let flowSpan = p.lastMonth == 12 ? l.t("\(p.year)年全年", "full year \(p.year)") : l.t("近12个月", "last 12 months")
        let end = p.lastMonth == 12 ? l.t("\(p.year)年末", "end of \(p.year)") : l.t("\(p.chineseLabel)末", "end of \(p)")
        switch m {
        case .parkStat(_, let field):
            let whole = l.t("园区统计（全口径）", "Park office (whole park) ")
            switch field {
            case .revenue: return whole + l.t("营业收入 · ", "revenue, ") + flowSpan
            case .firms: return whole + l.t("入驻企业数 · ", "firms, ") + end
            case .employees: return whole + l.t("从业人员 · ", "employees, ") + end
            }
        case .sum(let field, _):
            let tracked = l.t("名录内企业", "Tracked firms' ")
            switch field {
            case .scale: return tracked + l.t("产业收入 · ", "industry revenue, ") + flowSpan
            case .revenue: return tracked + l.t("营业收入 · ", "revenue, ") + flowSpan
            case .industryRevenue: return tracked + l.t("产业收入（仅报送者）· ", "reported industry revenue, ") + flowSpan
            case .rdExpense: return tracked + l.t("研发投入 · ", "R&D, ") + flowSpan
            case .marketCap: return tracked + l.t("市值 · ", "market cap, ") + end
            case .employees: return tracked + l.t("从业人员 · ", "employees, ") + end
            }
        case .count:
            return l.t("名录内企业（近12个月有报数）· ", "Tracked firms (reported in the last 12 months), ") + end
        case .milestones:
            return l.t("里程碑记录（milestones）· 截至", "Milestones on record, to the ") + end
        case .series(let name):
            return l.t("外部统计：", "External series: ") + (seriesSources[name] ?? name)
        case .ratio(let a, let b):
            return text(a, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1) + " ÷ "
                + text(b, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1)
        case .cagr(let inner, _):
            return l.t("年均增速：", "Annual growth of ")
                + text(inner, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1)
        case .indicator(let id):
            guard depth < 8, let i = plan?.indicators.first(where: { $0.id == id }) else { return id }
            return text(i.measure, at: p, plan: plan, seriesSources: seriesSources, l, depth: depth + 1)
        }
    }
}
