import PlanGaugeModel

/// Every word `plangauge grants check|budget|evaluate` writes as terminal text, in Chinese and
/// English. The renderer asks this table and never spells a sentence itself; amounts (万元 in both
/// languages) arrive already formatted.
struct PolicyFundsText {
    let l: L10n
    // Head
    /// "有效期 2021-01-01 至 2023-12-31" / "valid 2021-01-01 to 2023-12-31", after a policy's title.
    func validity(from: String, to: String) -> String {
        l.t("有效期 \(from) 至 \(to)", "valid \(from) to \(to)")
    }
    // Check
    var checkHeaders: [String] {
        l.t(
            ["项目编号", "企业", "条款", "申报日期", "基数", "应享额度", "核定", "已拨付", "问题"],
            ["Grant", "Enterprise", "Clause", "Applied", "Base", "Entitlement", "Granted", "Paid", "Findings"])
    }
    var amountsInWan: String { l.t("金额单位：万元", "Amounts in 万元 (10k yuan)") }
    func noFindings(grants: Int) -> String {
        l.t("核查发现：无（\(grants) 个项目均符合政策规定）", "Findings: none (all \(grants) grants keep to their policies)")
    }
    func findings(_ n: Int, wan: String) -> String {
        l.t("核查发现：\(n) 项，涉及 \(wan)万元", "Findings: \(n), involving \(wan) 万元")
    }
    /// A finding's message after its `file:line: kind: grant firm`, from its Chinese and English texts.
    func findingMessage(_ zh: String, _ en: String) -> String { l.t("：\(zh)", ": \(en)") }
    // Budget
    var yearHeaders: [String] {
        l.t(
            ["年度", "新增核定", "计划拨付", "实际拨付", "待拨付", "其中存疑"],
            ["Year", "Committed", "Scheduled", "Paid", "To pay", "of which at risk"])
    }
    var total: String { l.t("合计", "Total") }
    var clauseHeaders: [String] {
        l.t(
            ["政策", "条款", "名称", "项目数", "核定", "应享额度", "已拨付", "未拨付"],
            ["Policy", "Clause", "Title", "Grants", "Committed", "Entitlement", "Paid", "Remaining"])
    }
    var byYear: String { l.t("按年度", "By year") }
    var byClause: String { l.t("按条款", "By clause") }
    func dueInLaterYears(wan: String, atRiskWan: String) -> String {
        l.t(
            "以后年度待拨付 \(wan)万元，其中存疑 \(atRiskWan)万元。",
            "Due in later years: \(wan) 万元, of which at risk \(atRiskWan) 万元.")
    }
    var rule: String { l.t("口径：", "Rule: ") }
    // Evaluation
    func evaluation(dataPeriod: String) -> String {
        l.t("绩效评估（数据期 \(dataPeriod)）", "Evaluation (data period \(dataPeriod))")
    }
    /// The window's firms, payments and revenue growth, up to the subsidy clause that follows it.
    func windowFigures(evaluated: Int, controls: Int, after: String, paidWan: String, growthWan: String) -> String {
        l.t(
            "可评估获支持企业 \(evaluated) 家，对照企业 \(controls) 家；至 \(after) 年末拨付 \(paidWan)万元，其营业收入（\(after) 年比上年）增加 \(growthWan)万元",
            "\(evaluated) supported firms evaluated, \(controls) comparison firms; \(paidWan) 万元 paid by the end of \(after), their revenue up \(growthWan) 万元 (\(after) over the year before)"
        )
    }
    func subsidyPerYi(wan: String) -> String {
        l.t("，每亿元营收增长对应补贴 \(wan)万元", "; subsidy per 1亿元 of revenue growth \(wan) 万元")
    }
    var noSubsidyPerYi: String { l.t("，营收未增长，不计算每亿元补贴", "; revenue did not grow: no subsidy per growth") }
    func subsidyPerYiExcess(wan: String) -> String {
        l.t("；按超出对照组的增长计，每亿元 \(wan)万元", "; per 1亿元 of growth above the comparison \(wan) 万元")
    }
    var noExcessGrowth: String {
        l.t("；未见超出对照组的增长，不计算其每亿元补贴", "; no growth above the comparison, so none per such growth")
    }
    var fullStop: String { l.t("。", ".") }
    var cellHeaders: [String] {
        l.t(
            ["年度", "细分领域", "规模", "支持", "对照", "支持前", "支持后", "对照前", "对照后", "差异(百分点)", "标准误"],
            [
                "Cohort", "Segment", "Size", "Supp.", "Comp.", "Before", "After", "Comp. before", "Comp. after",
                "Diff. (pts)", "s.e."
            ])
    }
    var tooFew: String { l.t("样本不足", "too few") }
    func excludedTitle(_ n: Int) -> String {
        l.t("未纳入评估的获支持企业（\(n) 家）：", "Supported firms not evaluated (\(n)):")
    }
    // Method
    var limits: String { l.t("局限：", "Limits:") }
}

extension L10n {
    /// One of two lists, as `t(_:_:)` picks one of two strings.
    func t(_ zh: [String], _ en: [String]) -> [String] { lang == .zh ? zh : en }
}
