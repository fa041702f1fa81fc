import PlanGaugeModel

/// Every word the policy page (`policy.html|md`) writes, in Chinese and English. The page builder asks
/// this table and never spells a sentence itself; amounts and names arrive already formatted.
struct PolicyPageText {
    let l: L10n
    // Page
    var title: String { l.t("政策兑现与绩效", "Policy funds: delivery and performance") }
    var backToCity: String { l.t("返回全市总览", "Back to the city overview") }
    /// The unit of the page's amount columns: 万元, or millions of yuan in English.
    var unit: String { l.t("万元", "CNY m") }
    /// Between a grant's finding kinds.
    var kindSeparator: String { l.t("、", "; ") }
    // Head
    /// " (valid 2021-01-01 to 2023-12-31)", after a policy's document and title.
    func validity(from: String, to: String) -> String {
        l.t("（有效期 \(from) 至 \(to)）", " (valid \(from) to \(to))")
    }
    func data(_ dataset: String) -> String { l.t("数据：\(dataset)", "Data: \(dataset)") }
    // Overview
    var overview: String { l.t("概况", "Overview") }
    var grantsTile: String { l.t("支持项目", "Grants") }
    /// "12项" / "12".
    func count(_ n: Int) -> String { "\(n)" + l.t("项", "") }
    func firms(_ n: Int) -> String { l.t("\(n) 家企业", "\(n) firms") }
    var committedTile: String { l.t("核定金额", "Committed") }
    var paid: String { l.t("已拨付", "Paid") }
    func toPay(_ amount: String) -> String { l.t("待拨付 ", "to pay ") + amount }
    var dueInLaterYears: String { l.t("以后年度待拨付", "Due in later years") }
    func atRisk(_ amount: String) -> String { l.t("其中存疑 ", "at risk ") + amount }
    var findings: String { l.t("核查发现", "Findings") }
    func involving(_ amount: String) -> String { l.t("涉及 ", "involving ") + amount }
    var growthDifferenceSupportYear: String { l.t("增速差异（支持当年）", "Growth difference (support year)") }
    var growthDifferenceYearAfter: String { l.t("增速差异（支持次年）", "Growth difference (year after)") }
    /// A difference in percentage points: "3.2个百分点" / "3.2 pts".
    func points(_ pts: String) -> String { pts + l.t("个百分点", " pts") }
    /// "标准误 1.5, n=12" / "s.e. 1.5, n=12".
    func standardError(_ se: String, n: Int) -> String { l.t("标准误 ", "s.e. ") + se + ", n=\(n)" }
    // Budget
    var budget: String { l.t("资金预算与拨付", "Budget and payments") }
    var fundsByYear: String { l.t("资金按年度（\(unit)）", "Funds by year (\(unit))") }
    /// The budget chart's summary; amounts already formatted.
    func budgetSummary(first: Int, last: Int, asOf: String, paid: String, future: String, atRisk: String) -> String {
        l.t(
            "\(first)–\(last)年各年新增核定、实际拨付、待拨付及其中存疑的金额；截至 \(asOf) 已拨付 \(paid)，以后年度待拨付 \(future)（其中存疑 \(atRisk)）。",
            "Committed, paid, still to pay and of that at risk, by year, \(first)–\(last); \(paid) paid as of \(asOf), \(future) due in later years (\(atRisk) at risk)."
        )
    }
    var year: String { l.t("年度", "Year") }
    var committed: String { l.t("新增核定", "Committed") }
    var scheduled: String { l.t("计划拨付", "Scheduled") }
    var paidOut: String { l.t("实际拨付", "Paid") }
    var toPayColumn: String { l.t("待拨付", "To pay") }
    var ofWhichAtRisk: String { l.t("其中存疑", "of which at risk") }
    // Clauses
    var byClause: String { l.t("按政策条款", "By clause") }
    var byClauseTable: String { l.t("按政策条款（\(unit)）", "By clause (\(unit))") }
    var policy: String { l.t("政策", "Policy") }
    var clause: String { l.t("条款", "Clause") }
    var clauseTitle: String { l.t("名称", "Title") }
    var grantCount: String { l.t("项目数", "Grants") }
    /// The clause table's 核定 column ("Committed"); the grants table says "Granted".
    var clauseCommitted: String { l.t("核定", "Committed") }
    var entitlement: String { l.t("应享额度", "Entitlement") }
    var remaining: String { l.t("未拨付", "Remaining") }
    // Findings
    func findingsTitle(_ n: Int) -> String { l.t("核查发现（\(n) 项）", "Findings (\(n))") }
    /// The findings section when the checks found nothing.
    func noFindings(grants n: Int) -> String {
        l.t(
            "逐项核对 \(n) 个项目，未发现不符合政策规定的情况。",
            n == 1
                ? "The one grant checked breaks no rule of its policy."
                : "All \(n) grants checked; none breaks a rule of its policy.")
    }
    /// What the checks look for, above the findings table.
    var checksNote: String {
        l.t(
            "按政策规定逐项核对：应享额度 = min(比例×基数, 上限)，只有上限的按实际发生额（如租金）与上限取低；申报日期在有效期内；政策文件写明、数据能判断的申报条件（新设立或新引进、所在区与园区、标签、信用记录良好、计算基数）逐项核对，数据无法判断的列入“需人工核实”；同一事项“从高不重复”（台账未填支持事项时，同企业、同类条款、同额基数、在政策有效期内先后申报的标为“疑似重复支持”，属推断，需核实）；申报前三年内无严重失信，支持期间出现的严重失信或违法记录提请核实；拨付不超过核定金额与进度。",
            "Each grant against its clause: entitlement = min(ratio × base, cap), and a cap alone is at most the amount spent (the rent, say); application within the validity window; the conditions the policy states and the data can show (new or newly arrived, district and park, tags, a good credit record, a base given) each checked, the others listed under \"Needs a person to confirm\"; one support per item (从高不重复; without an item in the ledger, the same firm, kind of clause and amount of base applied for at any two times within the policies' validity are flagged as possible double funding, a heuristic to verify); no serious credit breach in the three years before applying, and one dated during the support flagged for review; payments within the amount and the schedule."
        )
    }
    var grantID: String { l.t("项目编号", "Grant") }
    var enterprise: String { l.t("企业", "Enterprise") }
    var kind: String { l.t("类型", "Kind") }
    var detail: String { l.t("说明", "Detail") }
    var amountColumn: String { l.t("涉及金额（\(unit)）", "Amount (\(unit))") }
    // Grants
    var grants: String { l.t("项目明细", "Grants") }
    var grantsTable: String { l.t("项目明细（\(unit)）", "Grants (\(unit))") }
    var applied: String { l.t("申报日期", "Applied") }
    var base: String { l.t("基数", "Base") }
    var granted: String { l.t("核定", "Granted") }
    var grantFindings: String { l.t("问题", "Findings") }
    // Evaluation
    var evaluation: String { l.t("绩效评估", "Evaluation") }
    /// The window's firms, payments and revenue growth, up to the subsidy clause that follows it.
    func windowFigures(evaluated: Int, controls: Int, after: String, paid: String, growth: String) -> String {
        l.t(
            "可评估获支持企业 \(evaluated) 家，对照企业 \(controls) 家；截至 \(after) 年末拨付 \(paid)，其营业收入（\(after) 年比上年）增加 \(growth)，",
            "\(evaluated) supported and \(controls) comparison firms; \(paid) paid to them by the end of \(after), their revenue (\(after) over the year before) up \(growth); "
        )
    }
    /// The subsidy per 亿元 of revenue growth, given in yuan: 万元 in Chinese, millions in English.
    func subsidyPerYi(yuan: Double) -> String {
        l.t(
            "每亿元营收增长对应补贴 \(NumberFormat.fixed(yuan / 10_000, places: 2))万元",
            "subsidy per CNY 100 m of revenue growth: CNY \(NumberFormat.fixed(yuan / 1e6, places: 2)) m")
    }
    var noSubsidyPerYi: String { l.t("营收未增长，不计算每亿元补贴", "revenue did not grow: no subsidy per growth") }
    /// The subsidy per 亿元 of growth above the comparison, given in yuan.
    func subsidyPerYiExcess(yuan: Double) -> String {
        l.t(
            "；按超出对照组的增长计每亿元 \(NumberFormat.fixed(yuan / 10_000, places: 2))万元",
            "; per CNY 100 m of growth above the comparison: CNY \(NumberFormat.fixed(yuan / 1e6, places: 2)) m"
        )
    }
    var noExcessGrowth: String {
        l.t("；未见超出对照组的增长，不计算其每亿元补贴", "; no growth above the comparison, so none per such growth")
    }
    var fullStop: String { l.t("。", ".") }
    // Cells compared
    func cellsCompared(_ window: String) -> String { l.t("分组比较：", "Cells compared: ") + window }
    /// After the window's figures: what the year column means and which cells are left out.
    func cellsNote(minControls: Int) -> String {
        l.t(
            " 年度为首次获支持年度 T；对照企业少于 \(minControls) 家的组合标为“样本不足”，不计入总体估计。",
            " Year = T, the year of first support; cells with fewer than \(minControls) comparison firms say \"too few\" and are left out of the estimate."
        )
    }
    var tooFew: String { l.t("样本不足", "too few") }
    var segment: String { l.t("细分领域", "Segment") }
    var size: String { l.t("规模", "Size") }
    var supported: String { l.t("支持", "Supported") }
    var comparison: String { l.t("对照", "Comparison") }
    var before: String { l.t("支持前", "Before") }
    var after: String { l.t("支持后", "After") }
    var comparisonBefore: String { l.t("对照前", "Comp. before") }
    var comparisonAfter: String { l.t("对照后", "Comp. after") }
    var difference: String { l.t("差异（百分点）", "Difference (pts)") }
    var standardErrorColumn: String { l.t("标准误", "s.e.") }
    // Not evaluated
    func excludedTitle(_ window: String) -> String {
        l.t("未纳入评估的获支持企业：", "Supported firms not evaluated: ") + window
    }
    var notEvaluated: String { l.t("未纳入评估", "Not evaluated") }
    var reason: String { l.t("原因", "Reason") }
    // Method
    var method: String { l.t("评估方法与局限", "Method and limits") }
    func limit(_ text: String) -> String { l.t("局限：", "Limit: ") + text }
}
