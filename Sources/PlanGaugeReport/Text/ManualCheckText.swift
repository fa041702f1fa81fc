import PlanGaugeModel

/// 需人工核实 in words: as text (`grants check`: the policy-wide conditions once per policy, with the
/// number of grants they apply to, then one line per grant and clause condition; the JSON lists
/// every pair) and the policy page's section.
struct ManualCheckText {
    let l: L10n

    /// The `grants check` section, or "" when no grant has a manual condition.
    static func section(_ lines: [GrantCheckReport.ManualLine], _ lang: ReportLanguage) -> String {
        guard !lines.isEmpty else { return "" }
        let l = L10n(lang: lang)
        var out = l.t(
            "需人工核实（数据无法判断的申报条件，\(lines.count) 项）：\n",
            "Needs a person to confirm (conditions the data cannot check, \(lines.count)):\n")
        for (policy, wide) in policyWide(lines) {
            out +=
                l.t("  \(policy) 全部 \(wide.grants) 个项目：", "  \(policy), all \(wide.grants) grants: ")
                + wide.quotes.map { "「\($0)」" }.joined() + "\n"
        }
        for m in lines where !m.policyWide {
            out +=
                "  \(m.file):\(m.line): \(m.grant) \(m.enterpriseName) \(m.clauseNumber)「\(m.quote)」\n"
        }
        return out
    }

    /// Per policy (in first-seen order): its policy-wide manual quotes and how many grants they apply to.
    static func policyWide(_ lines: [GrantCheckReport.ManualLine]) -> [(String, (quotes: [String], grants: Int))] {
        var order: [String] = []
        var quotes: [String: [String]] = [:], grants: [String: Set<String>] = [:]
        for m in lines where m.policyWide {
            if quotes[m.policy] == nil { order.append(m.policy) }
            if !(quotes[m.policy] ?? []).contains(m.quote) { quotes[m.policy, default: []].append(m.quote) }
            grants[m.policy, default: []].insert(m.grant)
        }
        return order.map { ($0, (quotes[$0]!, grants[$0]!.count)) }
    }

    // The policy page's section.
    func title(_ n: Int) -> String { l.t("需人工核实（\(n) 项）", "Needs a person to confirm (\(n))") }
    var tableTitle: String { l.t("需人工核实的条件", "Conditions to confirm") }
    var columns: [String] {
        l.t(["项目编号", "企业", "条款", "需确认的条件（原文）"], ["Grant", "Enterprise", "Clause", "Condition (the document's words)"])
    }
    /// "普科合规范〔2024〕5号 扶持对象的条件适用于全部 22 个项目：「依法设立」…".
    func policyWide(_ document: String, grants: Int, quotes: [String]) -> String {
        l.t(
            "\(document) 扶持对象的条件适用于全部 \(grants) 个项目：",
            "\(document): conditions on whom it supports, for all \(grants) grants: ")
            + quotes.map { "「\($0)」" }.joined()
    }
    /// What the section lists, then the policy-wide conditions.
    func note(_ policyWide: [String]) -> String {
        l.t(
            "数据无法判断、须由经办人对照申报材料逐项确认的申报条件（政策文件中标为人工核实的条件）。",
            "Conditions the data cannot check, to be confirmed by a person from the application files (marked manual in the policy file). "
        ) + policyWide.joined(separator: l.t("；", "; "))
    }
}
