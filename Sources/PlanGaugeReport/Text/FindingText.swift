import PlanGaugeAnalytics
import PlanGaugeModel

/// The words for grant findings, size bands and exclusions, in Chinese and English.
enum FindingText {
    /// 万元 with two decimals ("166.67万元"), or millions of yuan in English.
    static func money(_ a: Amount, _ lang: ReportLanguage) -> String {
        lang == .zh
            ? a.formatted(in: .wan, decimals: 2, grouping: true) + "万元"
            : Amount(fen: a.fen).formatted(in: .wan, decimals: 4).asMillions + " m yuan"
    }

    static func kind(_ k: GrantFinding.Kind, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        switch k {
        case .aboveEntitlement: return l.t("超额核定", "Above entitlement")
        case .outsideValidity: return l.t("超出有效期", "Outside validity")
        case .overlap: return l.t("重复支持（从高不重复）", "Double funding (highest only)")
        case .possibleOverlap: return l.t("疑似重复支持（推断，待核实）", "Possible double funding (heuristic, to verify)")
        case .creditExclusion: return l.t("信用不良", "Credit exclusion")
        case .creditDuringSupport: return l.t("支持期间信用不良", "Credit record during support")
        case .paymentBeyondSchedule: return l.t("超进度拨付", "Paid beyond schedule")
        }
    }

    /// A finding's detail as one sentence in `lang`.
    /// Long by design: one case per kind of detail, each only its two sentences; split, the wording
    /// of the findings would no longer read as one list.
    static func message(_ d: GrantFinding.Detail, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        func m(_ a: Amount) -> String { money(a, lang) }
        switch d {
        case .aboveEntitlement(let g, let e):
            return l.t(
                "核定 \(m(g))，超过应享额度 \(m(e))（比例×基数与上限取低）\(m(g - e))",
                "granted \(m(g)), above the entitlement of \(m(e)) (the lower of ratio × base and the cap) by \(m(g - e))"
            )
        case .moreYearsThanAllowed(let a, let allowed):
            return l.t("支持 \(a) 年，超过条款允许的 \(allowed) 年", "awarded for \(a) years; the clause allows \(allowed)")
        case .outsideValidity(let applied, let from, let to):
            return l.t(
                "申报日期 \(applied) 不在政策有效期 \(from) 至 \(to) 内",
                "applied on \(applied), outside the policy's validity \(from) to \(to)")
        case .overlap(let item, let kept, let policy, let clause, let amount):
            return l.t(
                "与 \(kept)（\(policy) \(clause)，\(m(amount))）为同一支持事项「\(item)」，按“从高不重复”保留较高者，本项不应支持",
                "same item «\(item)» as \(kept) (\(policy) \(clause), \(m(amount))); under 从高不重复 only the higher support stands"
            )
        case .possibleOverlap(let kept, let policy, let clause, let amount, let base, let year):
            let same =
                base.map { l.t("计算基数同为 \(m($0))", "the same base of \(m($0))") } ?? l.t("同为定额资助", "both fixed sums")
            return l.t(
                "台账未填支持事项；与 \(kept)（\(policy) \(clause)，\(m(amount))）同一企业、同类基数、\(same)、同在 \(year) 年申报，疑似同一事项重复支持（推断），请核对申报材料；如属实，按“从高不重复”本项不应支持",
                "no item in the ledger; same enterprise, kind of base and \(same) as \(kept) (\(policy) \(clause), \(m(amount))), both applied in \(year): possibly the same support twice (a heuristic; check the files). If so, under 从高不重复 this one should not be paid"
            )
        case .creditDuringSupport(let flag, let lastYear, let remaining):
            let date = flag.date.map(\.description) ?? ""
            let rest =
                remaining > .zero
                ? l.t(
                    "尚有 \(m(remaining)) 未拨付，经查实属弄虚作假、骗取专项资金等违法违规行为的，应停止拨付并追缴已拨付资金",
                    "\(m(remaining)) not yet paid: if verified as fraud or funds obtained by deception, the remaining instalments are to be stopped and the money paid recovered"
                )
                : l.t(
                    "已全部拨付，经查实属弄虚作假、骗取专项资金等违法违规行为的，应追缴已拨付资金",
                    "fully paid: if verified as fraud or funds obtained by deception, the money paid is to be recovered"
                )
            return l.t(
                "支持期间（申报后至 \(lastYear) 年末）出现信用记录「\(flag.kind)」（\(date)）：按政策附则全过程信用管理，应核实并报送公共信用信息服务平台；",
                "credit record «\(flag.kind)» dated \(date), while the support runs (after applying, to the end of \(lastYear)): under the policy's credit rule it is to be verified and reported to the public credit platform; "
            ) + rest
        case .creditExclusion(let flag, let years):
            if let d = flag.date {
                return l.t(
                    "申报前 \(years) 年内有信用记录「\(flag.kind)」（\(d)），按政策取消申请资格",
                    "credit record «\(flag.kind)» dated \(d), within \(years) years before applying: not eligible")
            }
            return l.t(
                "有未注明日期的信用记录「\(flag.kind)」，无法证明已超过 \(years) 年，按政策取消申请资格",
                "undated credit record «\(flag.kind)»: cannot be shown to be older than \(years) years; not eligible")
        case .overpaid(let paid, let granted):
            return l.t(
                "累计拨付 \(m(paid))，超过核定金额 \(m(granted))", "paid \(m(paid)) in total, more than the \(m(granted)) granted")
        case .aheadOfSchedule(let year, let paid, let scheduled):
            return l.t(
                "至 \(year) 年末累计拨付 \(m(paid))，超过按计划应拨的 \(m(scheduled))",
                "\(m(paid)) paid by the end of \(year), more than the \(m(scheduled)) then due")
        case .aboveYearlyEntitlement(let year, let paid, let yearly):
            return l.t(
                "\(year) 年拨付 \(m(paid))，超过每年上限 \(m(yearly))",
                "\(m(paid)) paid in \(year), above the yearly entitlement of \(m(yearly))")
        case .tooManyPaymentYears(let years, let allowed):
            return l.t(
                "分 \(years) 个年度拨付，超过允许的 \(allowed) 个年度", "paid in \(years) calendar years; at most \(allowed) allowed")
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
        case .notYetObservable: return l.t("对比年度（T 或 T+1）晚于数据期", "the compared year (T or T+1) is after the data")
        case .noHistory: return l.t("支持前不足三年数据（新设立或新纳入）", "less than three years of data before support (entrant)")
        case .missingRevenue: return l.t("对比期营业收入缺失或不为正", "revenue missing or not positive in a compared window")
        case .noSegment: return l.t("未标注细分领域", "no segment")
        case .tooFewControls:
            return l.t(
                "同领域同规模可比企业少于\(PolicyEvaluation.minControls)家",
                "fewer than \(PolicyEvaluation.minControls) comparable firms")
        }
    }
}

/// The evaluation's method and limits, stated wherever its numbers are shown.
enum EvaluationText {
    static func method(_ lang: ReportLanguage) -> [String] {
        let l = L10n(lang: lang)
        let c = PolicyEvaluation.minControls, t = PolicyEvaluation.minTreated
        return [
            l.t(
                "方法：双重差分（difference-in-differences）。以企业首次获得支持（最早申报）的年度 T 分组；结果变量为营业收入增速 g(y) = R(y)/R(y−1) − 1，支持前为 g(T−1)。分两个窗口各自估计：支持当年，支持后为 g(T)；支持次年（数据已覆盖 T+1 年时），支持后为 g(T+1)。窗口最后一年数据不全时，各年均取 1 月至数据最新月份的累计值。",
                "Method: difference in differences. Firms are grouped by the year T of their first support (earliest application); the outcome is revenue growth g(y) = R(y)/R(y−1) − 1, before = g(T−1). Two windows, each estimated on its own: the support year, after = g(T); and the year after, after = g(T+1), when the data reach T+1. When a window's last year is incomplete in the data, every year is compared over January to the latest month."
            ),
            l.t(
                "对照组：账内从未获得支持、细分领域相同、规模档相同（按 T−1 年营业收入：小 <2000万元，中 2000万–1亿元，大 ≥1亿元）的企业。每家获支持企业的估计值 = （其支持后增速 − 支持前增速）−（对照组平均支持后增速 − 支持前增速）；对照组少于 \(c) 家的组合不作估计。",
                "Comparison: firms never supported in the ledger, same segment and size band (revenue in T−1: small < 20 m yuan, medium 20–100 m, large ≥ 100 m yuan). Each supported firm's estimate = (its growth after − before) − (the comparison's mean after − before); cells with fewer than \(c) comparison firms are not estimated."
            ),
            l.t(
                "总体估计为各获支持企业估计值的平均（即各组差异按获支持企业数加权，可评估企业不少于 \(t) 家时给出）。标准误按 Welch 法计入两组的方差：每组 V = s²(支持)/n(支持) + s²(对照)/n(对照)（s² 为“支持后 − 支持前”增速变化的样本方差；组内仅 1 家获支持企业时以对照组方差代替其方差），总体标准误 = √(Σ 权重² × V)。每亿元营收增长的补贴 = 截至窗口最后一年年末（不晚于数据期末）向这些企业的拨付总额 ÷ 其营业收入在该年的增加额（亿元）；另按双重差分口径（增速差 × 上年营收）计算超出对照组的增长所对应的补贴。",
                "The overall estimate is the mean over supported firms (the cells' differences weighted by their supported firms; given when at least \(t) can be evaluated). Its standard error counts both groups' variance (Welch): per cell V = s²(supported)/n(supported) + s²(comparison)/n(comparison), s² the sample variance of the change after − before (a cell with one supported firm uses the comparison's variance for it); overall √(Σ weight² × V). Subsidy per 1亿元 (100 m yuan) of revenue growth = payments to those firms by the end of the window's last year (at most the data's end) ÷ their revenue increase in that year; also per 1亿元 of growth above the comparison (difference × the previous year's revenue)."
            )
        ]
    }

    static func limits(_ lang: ReportLanguage) -> [String] {
        let l = L10n(lang: lang)
        return [
            l.t(
                "获得支持并非随机：申报和评审会选中本就增长较快（或较慢）的企业，双重差分只消除两组之间稳定的增速差异，不能排除选择偏差；估计值是相关，不是因果证明。",
                "Support is not random: applying and selection favour firms already growing faster (or slower); difference in differences removes only stable differences in growth between the groups, not selection on changes. The estimate is an association, not proof of an effect."
            ),
            l.t(
                "支持当年窗口中资金在年内拨付，当年收入有一部分发生在支持之前；支持次年窗口只含数据已覆盖 T+1 年的批次（样本更小，最近的批次尚不在内），且可能受其他年份事件影响；需要更长时间见效的支持（研发、购房）两个窗口都可能看不到。两个窗口的样本不同，不能直接相减。",
                "In the support-year window money arrives during the year and part of the year's revenue precedes it; the year-after window holds only the cohorts the data follow to T+1 (a smaller sample without the latest cohort) and can pick up other years' events; supports that take longer to work (R&D, premises) may show in neither. The two windows have different samples and are not to be subtracted."
            ),
            l.t(
                "新设立、新引进企业（如落户资助）没有支持前三年的数据，无法评估；样本小；标准误把各组视为独立（同一对照企业用于不同批次时的相关性未计入），组内仅 1 家获支持企业时借用对照组方差，均为近似；同一企业获多项支持时按企业合并，不区分条款。",
                "New entrants (settling-in support) have no three years of data before support and cannot be evaluated; samples are small; the standard error treats the cells as independent (a comparison firm used for two cohorts is not accounted for) and borrows the comparison's variance for single-firm cells, both approximations; a firm with several grants is evaluated once, not per clause."
            ),
            l.t(
                "每亿元营收增长的补贴是毛口径：营收增长并非全部由补贴带来。",
                "Subsidy per 1亿元 of growth is gross: not all revenue growth is due to the subsidy.")
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
