import PlanGaugeAnalytics
import PlanGaugeModel

/// 政策兑现与绩效 (`policy.html|md`): the funds' budget, what the checks found, the grants, and the
/// evaluation with its method and limits. Draws `PolicyFundsReport`; computes nothing.
public enum PolicyPageBuilder {
    /// The page in `language`; `cityHref` is the link back to the city overview, relative to the policy page.
    public static func build(_ r: PolicyFundsReport, language: ReportLanguage, cityHref: String) -> Page {
        let p = PolicyPageSections(r: r, language: language)
        let l = p.l
        var sections = [
            p.overview(), p.budget(), p.clauses(), p.findings(), p.grants(), p.evaluation()
        ]
        for w in r.evaluation.windows { sections += p.window(w) }
        sections.append(p.method())
        return Page(
            language: language, title: l.t("政策兑现与绩效", "Policy funds: delivery and performance"), meta: p.meta(),
            sections: sections,
            links: [Link(title: l.t("返回全市总览", "Back to the city overview"), href: cityHref)])
    }
}

/// The policy page's sections, each from the report and the page's language.
private struct PolicyPageSections {
    let r: PolicyFundsReport
    let language: ReportLanguage
    let l: L10n
    let zh: Bool
    let unit: String
    /// Policy id → its document number, for the clause table.
    let documents: [String: String]

    init(r: PolicyFundsReport, language: ReportLanguage) {
        self.r = r
        self.language = language
        l = L10n(lang: language)
        zh = language == .zh
        unit = l.t("万元", "CNY m")
        documents = Dictionary(r.policies.map { ($0.id, $0.document) }, uniquingKeysWith: { a, _ in a })
    }

    /// A table cell in 万元 (millions in English), "—" when there is no amount.
    func wan(_ fen: Int64?) -> ReportTable.Cell {
        guard let fen else { return .init("—", raw: "") }
        let a = Amount(fen: fen)
        return .init(
            zh ? a.formatted(in: .wan, decimals: 2, grouping: true) : a.formatted(in: .wan, decimals: 4).asMillions,
            raw: a.formatted(in: .wan, DecimalFormat(places: 6, trimmingZeros: true)))
    }

    func money(_ fen: Int64) -> String { FindingText.money(Amount(fen: fen), language) }

    /// A grant's finding kinds in words, raw values that are no kind as they are.
    func kinds(_ raw: [String]) -> String {
        raw.map { GrantFinding.Kind(rawValue: $0).map { FindingText.kind($0, language) } ?? $0 }.joined(
            separator: l.t("、", "; "))
    }

    func pct(_ x: Double?) -> ReportTable.Cell {
        .init(NumberFormat.percent(x), raw: x.map(CityPageBuilder.raw) ?? "")
    }

    /// A rate as percentage points with one decimal; nil when there is none.
    func pts(_ x: Double?) -> ReportTable.Cell? {
        x.map { .init(NumberFormat.fixed($0 * 100, places: 1), raw: CityPageBuilder.raw($0)) }
    }

    /// The header lines: each policy with its validity, then the payments' date and the dataset.
    func meta() -> [String] {
        var meta = r.policies.map {
            "\($0.document) \($0.title)"
                + l.t("（有效期 \($0.validFrom) 至 \($0.validTo)）", " (valid \($0.validFrom) to \($0.validTo))")
        }
        meta.append(l.t("拨付截至 \(r.asOf)；数据 \(r.dataset)", "Payments as of \(r.asOf); data \(r.dataset)"))
        return meta
    }

    // MARK: - Overview and budget

    /// 概况: grants, committed, paid, due later, findings, then one tile per window with an estimate.
    func overview() -> Section {
        let b = r.budget, c = r.check
        let firms = Set(c.grants.map(\.enterprise)).count
        var tiles = [
            KPITile(
                label: l.t("支持项目", "Grants"), value: "\(c.grants.count)" + l.t("项", ""),
                detail: l.t("\(firms) 家企业", "\(firms) firms")),
            KPITile(label: l.t("核定金额", "Committed"), value: money(b.committedFen)),
            KPITile(
                label: l.t("已拨付", "Paid"), value: money(b.paidFen),
                detail: l.t("待拨付 ", "to pay ") + money(b.toPayFen)),
            KPITile(
                label: l.t("以后年度待拨付", "Due in later years"), value: money(b.futureFen),
                detail: l.t("其中存疑 ", "at risk ") + money(b.futureAtRiskFen),
                tone: b.futureAtRiskFen > 0 ? .moderate : .neutral),
            KPITile(
                label: l.t("核查发现", "Findings"), value: "\(c.findings.count)" + l.t("项", ""),
                detail: l.t("涉及 ", "involving ") + money(c.amountInQuestionFen),
                tone: c.findings.isEmpty ? .achieved : .deterioration)
        ]
        tiles += r.evaluation.windows.compactMap(estimateTile)
        return Section(id: "overview", title: l.t("概况", "Overview"), content: .kpis(tiles))
    }

    /// A window's growth difference as a tile; nil when it has no estimate.
    func estimateTile(_ w: EvaluationReport.Window) -> KPITile? {
        guard let est = w.estimate else { return nil }
        let label =
            w.window == "support_year"
            ? l.t("增速差异（支持当年）", "Growth difference (support year)")
            : l.t("增速差异（支持次年）", "Growth difference (year after)")
        return KPITile(
            label: label, value: NumberFormat.fixed(est * 100, places: 1) + l.t("个百分点", " pts"),
            detail: l.t("标准误 ", "s.e. ") + NumberFormat.fixed((w.standardError ?? 0) * 100, places: 1)
                + ", n=\(w.evaluated)")
    }

    /// Budget by year: grouped bars and their table.
    func budget() -> Section {
        let b = r.budget
        func series(_ name: String, _ value: (GrantBudgetReport.Year) -> Int64) -> BarChart.Series {
            .init(name: name, values: b.years.map { Double(value($0)) / (zh ? 1e6 : 1e8) })
        }
        let first = b.years.first?.year ?? 0, last = b.years.last?.year ?? 0
        let chart = BarChart(
            id: "policy-budget", title: l.t("资金按年度（\(unit)）", "Funds by year (\(unit))"),
            summary: l.t(
                "\(first)–\(last)年各年新增核定、实际拨付、待拨付及其中存疑的金额；截至 \(r.asOf) 已拨付 \(money(b.paidFen))，以后年度待拨付 \(money(b.futureFen))（其中存疑 \(money(b.futureAtRiskFen))）。",
                "Committed, paid, still to pay and of that at risk, by year, \(first)–\(last); \(money(b.paidFen)) paid as of \(r.asOf), \(money(b.futureFen)) due in later years (\(money(b.futureAtRiskFen)) at risk)."
            ),
            unit: unit, categories: b.years.map { String($0.year) },
            series: [
                series(l.t("新增核定", "Committed"), \.committedFen), series(l.t("实际拨付", "Paid"), \.paidFen),
                series(l.t("待拨付", "To pay"), \.toPayFen), series(l.t("其中存疑", "of which at risk"), \.atRiskFen)
            ],
            table: budgetYearTable())
        return Section(
            id: "budget", title: l.t("资金预算与拨付", "Budget and payments"), note: zh ? b.rule : b.ruleEn,
            content: .bars(chart))
    }

    /// The table under the budget chart: committed, scheduled, paid, to pay and at risk per year.
    func budgetYearTable() -> ReportTable {
        let yearRows = r.budget.years.map { y in
            [
                ReportTable.Cell(String(y.year)), wan(y.committedFen), wan(y.scheduledFen), wan(y.paidFen),
                wan(y.toPayFen), wan(y.atRiskFen)
            ]
        }
        return ReportTable(
            id: "policy-budget-years", title: l.t("资金按年度（\(unit)）", "Funds by year (\(unit))"),
            columns: [
                .init(l.t("年度", "Year")), .init(l.t("新增核定", "Committed"), numeric: true),
                .init(l.t("计划拨付", "Scheduled"), numeric: true),
                .init(l.t("实际拨付", "Paid"), numeric: true), .init(l.t("待拨付", "To pay"), numeric: true),
                .init(l.t("其中存疑", "of which at risk"), numeric: true)
            ],
            rows: yearRows)
    }

    /// The budget by policy clause.
    func clauses() -> Section {
        Section(
            id: "budget-clauses", title: l.t("按政策条款", "By clause"),
            content: .table(
                ReportTable(
                    id: "policy-budget-clauses", title: l.t("按政策条款（\(unit)）", "By clause (\(unit))"),
                    columns: [
                        .init(l.t("政策", "Policy")), .init(l.t("条款", "Clause")), .init(l.t("名称", "Title")),
                        .init(l.t("项目数", "Grants"), numeric: true),
                        .init(l.t("核定", "Committed"), numeric: true),
                        .init(l.t("应享额度", "Entitlement"), numeric: true),
                        .init(l.t("已拨付", "Paid"), numeric: true), .init(l.t("未拨付", "Remaining"), numeric: true)
                    ],
                    rows: r.budget.clauses.map {
                        [
                            .init(documents[$0.policy] ?? $0.policy), .init($0.clauseNumber), .init($0.title),
                            .init(String($0.grants)), wan($0.committedFen),
                            wan($0.entitlementFen), wan($0.paidFen), wan($0.remainingFen)
                        ]
                    })))
    }

    // MARK: - Checks

    /// 核查发现: what each check looks for, then one row per finding.
    func findings() -> Section {
        let c = r.check
        return Section(
            id: "findings", title: l.t("核查发现（\(c.findings.count) 项）", "Findings (\(c.findings.count))"),
            note: l.t(
                "按政策规定逐项核对：应享额度 = min(比例×基数, 上限)；申报日期在有效期内；同一事项“从高不重复”（台账未填支持事项时，同企业、同类同额基数、同年申报的交叉条款标为“疑似重复支持”，属推断，需核实）；申报前三年内无严重失信，支持期间出现的严重失信或违法记录提请核实；拨付不超过核定金额与进度。",
                "Each grant against its clause: entitlement = min(ratio × base, cap); application within the validity window; one support per item (从高不重复; without an item in the ledger, overlapping clauses for the same firm, kind and amount of base and year are flagged as possible double funding, a heuristic to verify); no serious credit breach in the three years before applying, and one dated during the support flagged for review; payments within the amount and the schedule."
            ),
            content: .table(
                ReportTable(
                    id: "policy-findings", title: l.t("核查发现", "Findings"),
                    columns: [
                        .init(l.t("项目编号", "Grant"), nowrap: true), .init(l.t("企业", "Enterprise")),
                        .init(l.t("类型", "Kind")), .init(l.t("说明", "Detail")),
                        .init(l.t("涉及金额（\(unit)）", "Amount (\(unit))"), numeric: true)
                    ],
                    rows: c.findings.map {
                        [
                            .init($0.grant), .init($0.enterpriseName), .init(zh ? $0.kindLabel : $0.kindLabelEn),
                            .init(zh ? $0.message : $0.messageEn), wan($0.amountFen)
                        ]
                    })))
    }

    /// 项目明细: one row per grant with its amounts and finding kinds.
    func grants() -> Section {
        Section(
            id: "grants", title: l.t("项目明细", "Grants"),
            content: .table(
                ReportTable(
                    id: "policy-grants", title: l.t("项目明细（\(unit)）", "Grants (\(unit))"),
                    columns: [
                        .init(l.t("项目编号", "Grant"), nowrap: true), .init(l.t("企业", "Enterprise")),
                        .init(l.t("条款", "Clause")),
                        .init(l.t("申报日期", "Applied"), nowrap: true),
                        .init(l.t("基数", "Base"), numeric: true), .init(l.t("应享额度", "Entitlement"), numeric: true),
                        .init(l.t("核定", "Granted"), numeric: true), .init(l.t("已拨付", "Paid"), numeric: true),
                        .init(l.t("问题", "Findings"))
                    ],
                    rows: r.check.grants.map { g in
                        [
                            .init(g.id), .init(g.enterpriseName), .init(g.clauseNumber + " " + g.clauseTitle),
                            .init(g.applied), wan(g.baseFen),
                            wan(g.entitlementFen), wan(g.grantedFen), wan(g.paidFen),
                            .init(kinds(g.findings), raw: g.findings.joined(separator: ";"))
                        ]
                    })))
    }

    // MARK: - Evaluation

    /// 绩效评估: each window's conclusion.
    func evaluation() -> Section {
        Section(
            id: "evaluation", title: l.t("绩效评估", "Evaluation"),
            content: .paragraphs(r.evaluation.windows.map { zh ? $0.conclusion : $0.conclusionEn }))
    }

    /// A window's cells compared and, when any, its supported firms not evaluated; none without cells.
    func window(_ w: EvaluationReport.Window) -> [Section] {
        let suffix = w.window == "support_year" ? "" : "-" + w.window.replacingOccurrences(of: "_", with: "-")
        guard !w.cells.isEmpty else { return [] }
        var sections = [cells(w, suffix: suffix)]
        if !w.excluded.isEmpty { sections.append(excluded(w, suffix: suffix)) }
        return sections
    }

    /// The window's payments and revenue growth, and the subsidy per 亿元 of growth, as one sentence.
    func figures(_ w: EvaluationReport.Window) -> String {
        let perYi =
            w.subsidyPerYiGrowth.map {
                l.t(
                    "每亿元营收增长对应补贴 \(NumberFormat.fixed($0 / 10_000, places: 2))万元",
                    "subsidy per CNY 100 m of revenue growth: CNY \(NumberFormat.fixed($0 / 1e6, places: 2)) m")
            }
            ?? l.t("营收未增长，不计算每亿元补贴", "revenue did not grow: no subsidy per growth")
        let excess =
            w.subsidyPerYiExcessGrowth.map {
                l.t(
                    "；按超出对照组的增长计每亿元 \(NumberFormat.fixed($0 / 10_000, places: 2))万元",
                    "; per CNY 100 m of growth above the comparison: CNY \(NumberFormat.fixed($0 / 1e6, places: 2)) m"
                )
            }
            ?? (w.estimate != nil
                ? l.t("；未见超出对照组的增长，不计算其每亿元补贴", "; no growth above the comparison, so none per such growth") : "")
        return l.t(
            "可评估获支持企业 \(w.evaluated) 家，对照企业 \(w.controlsUsed) 家；截至 \(w.after) 年末拨付 \(money(w.paidFen))，其营业收入（\(w.after) 年比上年）增加 \(money(w.revenueGrowthFen))，",
            "\(w.evaluated) supported and \(w.controlsUsed) comparison firms; \(money(w.paidFen)) paid to them by the end of \(w.after), their revenue (\(w.after) over the year before) up \(money(w.revenueGrowthFen)); "
        )
            + perYi + excess + l.t("。", ".")
    }

    /// 分组比较: one row per cohort, segment and size, supported against comparison firms.
    func cells(_ w: EvaluationReport.Window, suffix: String) -> Section {
        let windowTitle = zh ? w.label : w.labelEn
        let rows: [[ReportTable.Cell]] = w.cells.map { cell in
            let size: String = zh ? cell.bandLabel : cell.band
            let difference: ReportTable.Cell = pts(cell.difference) ?? .init(l.t("样本不足", "too few"), raw: "")
            let se: ReportTable.Cell = pts(cell.standardError) ?? .init("—", raw: "")
            return [
                .init(String(cell.cohort)), .init(l.name(cell.segment)), .init(size), .init(String(cell.treated)),
                .init(String(cell.controls)), pct(cell.treatedPre), pct(cell.treatedPost), pct(cell.controlPre),
                pct(cell.controlPost),
                difference, se
            ]
        }
        return Section(
            id: "evaluation-cells" + suffix, title: l.t("分组比较：", "Cells compared: ") + windowTitle,
            note: figures(w)
                + l.t(
                    " 年度为首次获支持年度 T；对照企业少于 \(r.evaluation.minControls) 家的组合标为“样本不足”，不计入总体估计。",
                    " Year = T, the year of first support; cells with fewer than \(r.evaluation.minControls) comparison firms say \"too few\" and are left out of the estimate."
                ),
            content: .table(
                ReportTable(
                    id: "policy-evaluation" + suffix, title: l.t("分组比较：", "Cells compared: ") + windowTitle,
                    columns: [
                        .init(l.t("年度", "Year")), .init(l.t("细分领域", "Segment")), .init(l.t("规模", "Size")),
                        .init(l.t("支持", "Supported"), numeric: true),
                        .init(l.t("对照", "Comparison"), numeric: true),
                        .init(l.t("支持前", "Before"), numeric: true), .init(l.t("支持后", "After"), numeric: true),
                        .init(l.t("对照前", "Comp. before"), numeric: true),
                        .init(l.t("对照后", "Comp. after"), numeric: true),
                        .init(l.t("差异（百分点）", "Difference (pts)"), numeric: true),
                        .init(l.t("标准误", "s.e."), numeric: true)
                    ],
                    rows: rows)))
    }

    /// The window's supported firms left out of the evaluation, with the reason.
    func excluded(_ w: EvaluationReport.Window, suffix: String) -> Section {
        Section(
            id: "evaluation-excluded" + suffix,
            title: l.t("未纳入评估的获支持企业：", "Supported firms not evaluated: ") + (zh ? w.label : w.labelEn),
            content: .table(
                ReportTable(
                    id: "policy-evaluation-excluded" + suffix, title: l.t("未纳入评估", "Not evaluated"),
                    columns: [
                        .init(l.t("年度", "Year")), .init(l.t("企业", "Enterprise")), .init(l.t("原因", "Reason"))
                    ],
                    rows: w.excluded.map {
                        [
                            .init(String($0.cohort)), .init($0.enterpriseName),
                            .init(zh ? $0.reasonLabel : $0.reason)
                        ]
                    })))
    }

    /// 评估方法与局限: the method's paragraphs, then each limit.
    func method() -> Section {
        let e = r.evaluation
        return Section(
            id: "evaluation-method", title: l.t("评估方法与局限", "Method and limits"),
            content: .paragraphs(
                (zh ? e.method : e.methodEn) + (zh ? e.limits : e.limitsEn).map { l.t("局限：", "Limit: ") + $0 }))
    }
}
