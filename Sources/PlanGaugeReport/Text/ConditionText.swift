import PlanGaugeAnalytics
import PlanGaugeModel

/// The words for clause conditions: a failed one (`condition_not_met`), a missing base
/// (`missing_base`) and the list a person confirms (需人工核实), in Chinese and English.
enum ConditionText {
    /// "不符合条件「对新引进或新设立的网络安全领域企业」（二（一）1）：成立于 2001-06-08 …".
    static func notMet(quote: String, clauseNumber: String, failure: ConditionFailure, _ lang: ReportLanguage)
        -> String
    {
        let l = L10n(lang: lang)
        let source = clauseNumber.isEmpty ? l.t("政策适用对象", "whom the policy supports") : clauseNumber
        return l.t("不符合条件「\(quote)」（\(source)）：", "condition «\(quote)» (\(source)) not met: ")
            + why(failure, lang)
    }

    /// What the data shows against the condition.
    static func why(_ f: ConditionFailure, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        switch f {
        case .notNewEntrant(let founded, let arrived, let years):
            guard founded != nil || arrived != nil else {
                return l.t(
                    "名录未载成立日期或引进日期，不能认定为新引进或新设立",
                    "the roster gives no founding or arrival date, so the firm cannot be shown to be new")
            }
            let dates = [
                founded.map { l.t("成立于 \($0)", "founded \($0)") },
                arrived.map { l.t("引进于 \($0)", "brought in \($0)") } ?? l.t("无引进日期", "no arrival date")
            ].compactMap { $0 }.joined(separator: l.t("，", ", "))
            return dates
                + l.t(
                    "，均早于申报前 \(years) 年，不属新引进或新设立，本项不应支持",
                    ": more than \(years) years before applying, not a new entrant; the award should not have been made"
                )
        case .otherDistrict(let district, let expected):
            return l.t(
                "注册在\(district ?? "（未注明）")，不在\(expected)", "registered in \(district ?? "(not given)"), not \(expected)"
            )
        case .otherPark(let park, let expected):
            return l.t(
                "申报日所在园区为\(park ?? "（无）")，不在 \(expected.joined(separator: "、")) 内",
                "in park \(park ?? "(none)") on the application day, not in \(expected.joined(separator: ", "))")
        case .tagNotHeld(let tag):
            return l.t("申报日不具有「\(tag)」", "not «\(tag)» on the application day")
        case .creditRecord(let flag, let years):
            if let d = flag.date {
                return l.t(
                    "申报前 \(years) 年内有信用记录「\(flag.kind)」（\(d)），信用记录不良，应核实后取消支持",
                    "credit record «\(flag.kind)» dated \(d), within \(years) years before applying: the record is not good; verify and withdraw the support"
                )
            }
            return l.t(
                "有未注明日期的信用记录「\(flag.kind)」，无法证明已超过 \(years) 年，应核实",
                "undated credit record «\(flag.kind)»: cannot be shown to be older than \(years) years; verify")
        }
    }

    /// "条款（二（一）2）按租金核定支持，台账未填计算基数 …".
    static func missingBase(_ base: PolicyClause.Base, clauseNumber: String, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        return l.t(
            "条款（\(clauseNumber)）按\(baseName(base))核定支持，台账未填计算基数，无法核对应享额度",
            "the clause (\(clauseNumber)) ties the support to the \(base.rawValue.replacingOccurrences(of: "_", with: " ")), and the ledger gives no base: the entitlement cannot be checked"
        )
    }

    /// The base in Chinese: 租金, 投资额 …
    static func baseName(_ b: PolicyClause.Base) -> String {
        switch b {
        case .investment: "实际投入"
        case .rent: "租金"
        case .purchasePrice: "购置价款"
        case .fee: "实际发生费用"
        case .premium: "保费"
        case .matchedGrant: "所获上级资金"
        case .nationalGrant: "国家资助金额"
        case .prize: "奖金"
        case .revenue: "营业收入"
        case .sales: "销售金额"
        case .compensation: "代偿金额"
        case .none: "定额"
        }
    }
}
