import PlanGaugeAnalytics
import PlanGaugeModel

/// The words for grant findings, size bands and exclusions, in Chinese and English.
enum FindingText {
    /// 万元 with two decimals ("166.67万元"), or millions of yuan in English ("CNY 1.67 m", as the
    /// English tables head their amount columns "CNY m").
    static func money(_ a: Amount, _ lang: ReportLanguage) -> String {
        lang == .zh
            ? a.formatted(in: .wan, decimals: 2, grouping: true) + "万元"
            : "CNY " + Amount(fen: a.fen).formatted(in: .wan, decimals: 4).asMillions + " m"
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
        case .conditionNotMet: return l.t("不符合申报条件", "Condition not met")
        case .missingBase: return l.t("缺计算基数", "Base missing")
        }
    }

    /// A finding's detail as one sentence in `lang`.
    /// Long by design: one case per kind of detail, each only its two sentences; split, the wording
    /// of the findings would no longer read as one list.
    static func message(_ d: GrantFinding.Detail, _ lang: ReportLanguage, citing names: ClauseCitation) -> String {
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
            let cited = names.cite(policy: policy, clause: clause)
            return l.t(
                "与 \(kept)（\(cited)，\(m(amount))）为同一支持事项「\(item)」，按“从高不重复”保留较高者，本项不应支持",
                "same item «\(item)» as \(kept) (\(cited), \(m(amount))); under 从高不重复 only the higher support stands"
            )
        case .possibleOverlap(let kept, let policy, let clause, let amount, let base, let applied, let keptApplied):
            let cited = names.cite(policy: policy, clause: clause)
            let same =
                base.map { l.t("计算基数同为 \(m($0))", "the same base of \(m($0))") } ?? l.t("同为定额资助", "both fixed sums")
            return l.t(
                "台账未填支持事项；与 \(kept)（\(cited)，\(m(amount))）同一企业、同类基数、\(same)，分别于 \(keptApplied) 和 \(applied) 申报、均在政策有效期内，疑似同一事项重复支持（推断），请核对申报材料；如属实，按“从高不重复”本项不应支持",
                "no item in the ledger; same enterprise, kind of base and \(same) as \(kept) (\(cited), \(m(amount))), applied on \(keptApplied) and on \(applied), both within the policies' validity: possibly the same support twice (a heuristic; check the files). If so, under 从高不重复 this one should not be paid"
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
        case .conditionNotMet(_, let quote, let number, let failure):
            return ConditionText.notMet(quote: quote, clauseNumber: number, failure: failure, lang)
        case .missingBase(let base, let number):
            return ConditionText.missingBase(base, clauseNumber: number, lang)
        case .paidBeforeApplication(let date, let applied):
            return l.t("拨付日期 \(date) 早于申报日期 \(applied)", "paid on \(date), before the application of \(applied)")
        }
    }

    /// The clause's caps as the document states them: "一次性 500万元", "每年 100万元", "总额 1000万元",
    /// or "未规定"; in English "CNY 5 m once", "CNY 1 m a year", "CNY 10 m in all", or "none stated".
    static func cap(_ c: PolicyClause, _ lang: ReportLanguage = .zh) -> String {
        let l = L10n(lang: lang)
        func wan(_ a: Amount) -> String { a.formatted(in: .wan, decimals: 0) + "万元" }
        func millions(_ a: Amount) -> String { "CNY " + a.formatted(in: .wan, decimals: 4).asMillions + " m" }
        var parts: [String] = []
        if let a = c.capOnce { parts.append(l.t("一次性 " + wan(a), millions(a) + " once")) }
        if let a = c.capPerYear { parts.append(l.t("每年 " + wan(a), millions(a) + " a year")) }
        if let a = c.capTotal { parts.append(l.t("总额 " + wan(a), millions(a) + " in all")) }
        return parts.isEmpty ? l.t("未规定", "none stated") : parts.joined(separator: l.t("；", "; "))
    }

    static func band(_ b: PolicyEvaluation.SizeBand, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        switch b {
        case .small: return l.t("小（<2000万元）", "small (< CNY 20 m)")
        case .medium: return l.t("中（2000万–1亿元）", "medium (CNY 20–100 m)")
        case .large: return l.t("大（≥1亿元）", "large (≥ CNY 100 m)")
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

extension String {
    /// "166.6667" (万元) → "1.67" (millions): moves the decimal point two places left, then two decimals.
    var asMillions: String {
        guard let v = Double(self) else { return self }
        return NumberFormat.fixed(v / 100, places: 2)
    }
}
