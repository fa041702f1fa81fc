import PlanGaugeAnalytics
import PlanGaugeModel

/// The words for grant findings, size bands and exclusions, in Chinese and English.
enum FindingText {
    /// 万元 with two decimals ("166.67万元"), or millions of yuan in English.
    static func money(_ a: Amount, _ lang: ReportLanguage) -> String {
        lang == .zh ? a.formatted(in: .wan, decimals: 2, grouping: true) + "万元"
                    : Amount(fen: a.fen).formatted(in: .wan, decimals: 4).asMillions + " m yuan"
    }

    static func kind(_ k: GrantFinding.Kind, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        switch k {
        case .aboveEntitlement: return l.t("超额核定", "Above entitlement")
        case .outsideValidity: return l.t("超出有效期", "Outside validity")
        case .overlap: return l.t("重复支持（从高不重复）", "Double funding (highest only)")
        case .creditExclusion: return l.t("信用不良", "Credit exclusion")
        case .paymentBeyondSchedule: return l.t("超进度拨付", "Paid beyond schedule")
        }
    }

    static func message(_ d: GrantFinding.Detail, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        func m(_ a: Amount) -> String { money(a, lang) }
        switch d {
        case .aboveEntitlement(let g, let e):
            return l.t("核定 \(m(g))，超过应享额度 \(m(e))（比例×基数与上限取低）\(m(g - e))",
                       "granted \(m(g)), above the entitlement of \(m(e)) (the lower of ratio × base and the cap) by \(m(g - e))")
        case .moreYearsThanAllowed(let a, let allowed):
            return l.t("支持 \(a) 年，超过条款允许的 \(allowed) 年", "awarded for \(a) years; the clause allows \(allowed)")
        case .outsideValidity(let applied, let from, let to):
            return l.t("申报日期 \(applied) 不在政策有效期 \(from) 至 \(to) 内", "applied on \(applied), outside the policy's validity \(from) to \(to)")
        case .overlap(let item, let kept, let policy, let clause, let amount):
            return l.t("与 \(kept)（\(policy) \(clause)，\(m(amount))）为同一支持事项「\(item)」，按“从高不重复”保留较高者，本项不应支持",
                       "same item «\(item)» as \(kept) (\(policy) \(clause), \(m(amount))); under 从高不重复 only the higher support stands")
        case .creditExclusion(let flag, let years):
            if let d = flag.date {
                return l.t("申报前 \(years) 年内有信用记录「\(flag.kind)」（\(d)），按政策取消申请资格",
                           "credit record «\(flag.kind)» dated \(d), within \(years) years before applying: not eligible")
            }
            return l.t("有未注明日期的信用记录「\(flag.kind)」，无法证明已超过 \(years) 年，按政策取消申请资格",
                       "undated credit record «\(flag.kind)»: cannot be shown to be older than \(years) years; not eligible")
        case .overpaid(let paid, let granted):
            return l.t("累计拨付 \(m(paid))，超过核定金额 \(m(granted))", "paid \(m(paid)) in total, more than the \(m(granted)) granted")
        case .aheadOfSchedule(let year, let paid, let scheduled):
            return l.t("至 \(year) 年末累计拨付 \(m(paid))，超过按计划应拨的 \(m(scheduled))",
                       "\(m(paid)) paid by the end of \(year), more than the \(m(scheduled)) then due")
        case .aboveYearlyEntitlement(let year, let paid, let yearly):
            return l.t("\(year) 年拨付 \(m(paid))，超过每年上限 \(m(yearly))", "\(m(paid)) paid in \(year), above the yearly entitlement of \(m(yearly))")
        case .tooManyPaymentYears(let years, let allowed):
            return l.t("分 \(years) 个年度拨付，超过允许的 \(allowed) 个年度", "paid in \(years) calendar years; at most \(allowed) allowed")
        case .paidBeforeApplication(let date, let applied):
            return l.t("拨付日期 \(date) 早于申报日期 \(applied)", "paid on \(date), before the application of \(applied)")
        }
    }

    /// "一次性 500万元", "每年 100万元", "总额 1000万元", or "未规定".
    static func cap(_ c: PolicyClause) -> String {
        var parts: [String] = []
        if let a = c.capOnce { parts.append("一次性 " + a.formatted(in: .wan, decimals: 0) + "万元") }
        if let a = c.capPerYear { parts.append("每年 " + a.formatted(in: .wan, decimals: 0) + "万元") }
        if let a = c.capTotal { parts.append("总额 " + a.formatted(in: .wan, decimals: 0) + "万元") }
        return parts.isEmpty ? "未规定" : parts.joined(separator: "；")
    }

    static func band(_ b: PolicyEvaluation.SizeBand, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        switch b {
        case .small: return l.t("小（<2000万元）", "small (<20 m yuan)")
        case .medium: return l.t("中（2000万–1亿元）", "medium (20–100 m yuan)")
        case .large: return l.t("大（≥1亿元）", "large (≥100 m yuan)")
        }
    }

    static func reason(_ r: PolicyEvaluation.Reason, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        switch r {
        case .notYetObservable: return l.t("支持年度晚于数据期", "support year after the data")
        case .noHistory: return l.t("支持前不足三年数据（新设立或新纳入）", "less than three years of data before support (entrant)")
        case .missingRevenue: return l.t("对比期营业收入缺失或不为正", "revenue missing or not positive in a compared window")
        case .noSegment: return l.t("未标注细分领域", "no segment")
        case .tooFewControls: return l.t("同领域同规模可比企业少于\(PolicyEvaluation.minControls)家", "fewer than \(PolicyEvaluation.minControls) comparable firms")
        }
    }
}

/// The evaluation's method and limits, stated wherever its numbers are shown.
enum EvaluationText {
    static func method(_ lang: ReportLanguage) -> [String] {
        let l = L10n(lang: lang)
        let c = PolicyEvaluation.minControls, t = PolicyEvaluation.minTreated
        return [
            l.t("方法：双重差分（difference-in-differences）。以企业首次获得支持（最早申报）的年度 T 分组；结果变量为营业收入增速，支持前为 T−1 年比 T−2 年，支持后为 T 年比 T−1 年（T 年数据不全时，各年均取 1 月至数据最新月份的累计值）。",
                "Method: difference in differences. Firms are grouped by the year T of their first support (earliest application); the outcome is revenue growth, before = T−1 over T−2, after = T over T−1 (when year T is incomplete in the data, every year is compared over January to the latest month)."),
            l.t("对照组：账内从未获得支持、细分领域相同、规模档相同（按 T−1 年营业收入：小 <2000万元，中 2000万–1亿元，大 ≥1亿元）的企业。每家获支持企业的估计值 = （其支持后增速 − 支持前增速）−（对照组平均支持后增速 − 支持前增速）；对照组少于 \(c) 家的组合不作估计。",
                "Comparison: firms never supported in the ledger, same segment and size band (revenue in T−1: small < 20 m yuan, medium 20–100 m, large ≥ 100 m yuan). Each supported firm's estimate = (its growth after − before) − (the comparison's mean after − before); cells with fewer than \(c) comparison firms are not estimated."),
            l.t("总体估计为各获支持企业估计值的平均（可评估企业不少于 \(t) 家时给出），标准误 = 标准差/√n。每亿元营收增长的补贴 = 截至数据期末向这些企业的拨付总额 ÷ 其营业收入增加额（亿元）；另按双重差分口径（增速差 × T−1 年营收）计算超出对照组的增长所对应的补贴。",
                "The overall estimate is the mean over supported firms (given when at least \(t) can be evaluated), with standard error sd/√n. Subsidy per 1亿元 (100 m yuan) of revenue growth = payments to those firms up to the data's end ÷ their revenue increase; also per 1亿元 of growth above the comparison (difference × revenue in T−1)."),
        ]
    }

    static func limits(_ lang: ReportLanguage) -> [String] {
        let l = L10n(lang: lang)
        return [
            l.t("获得支持并非随机：申报和评审会选中本就增长较快（或较慢）的企业，双重差分只消除两组之间稳定的增速差异，不能排除选择偏差；估计值是相关，不是因果证明。",
                "Support is not random: applying and selection favour firms already growing faster (or slower); difference in differences removes only stable differences in growth between the groups, not selection on changes. The estimate is an association, not proof of an effect."),
            l.t("支持后窗口为支持当年：资金在年内拨付，当年收入有一部分发生在支持之前，需要更长时间见效的支持（研发、购房）在此看不到。",
                "The after window is the support year itself: money arrives during the year, part of the year's revenue precedes it, and supports that take longer to work (R&D, premises) are not seen."),
            l.t("新设立、新引进企业（如落户资助）没有支持前三年的数据，无法评估；样本小，标准误未计入对照组均值的不确定性，偏小；同一企业获多项支持时按企业合并，不区分条款。",
                "New entrants (settling-in support) have no three years of data before support and cannot be evaluated; samples are small, and the standard error ignores the uncertainty of the comparison means, so it is too small; a firm with several grants is evaluated once, not per clause."),
            l.t("每亿元营收增长的补贴是毛口径：营收增长并非全部由补贴带来。",
                "Subsidy per 1亿元 of growth is gross: not all revenue growth is due to the subsidy."),
        ]
    }
}

extension String {
    /// "166.6667" (万元) → "1.67" (millions): moves the decimal point two places left, then two decimals.
    var asMillions: String {
        guard let v = Double(self) else { return self }
        return NumberFormat.fixed(v / 100, places: 2)
    }
}
