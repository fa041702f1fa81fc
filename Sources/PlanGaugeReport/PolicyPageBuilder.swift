import PlanGaugeAnalytics
import PlanGaugeModel

/// 政策兑现与绩效 (`policy.html|md`): the funds' budget, what the checks found, the grants, and the
/// evaluation with its method and limits. Draws `PolicyFundsReport`; computes nothing.
public enum PolicyPageBuilder {
    /// The page in `language`; `cityHref` is the link back to the city overview, relative to the policy page;
    /// `dataset` names the data in the head as the city page does (the manifest's title), else `r.dataset`.
    public static func build(_ r: PolicyFundsReport, language: ReportLanguage, cityHref: String, dataset: String? = nil)
        -> Page
    {
        let p = PolicyPageSections(r: r, language: language, dataset: dataset ?? r.dataset)
        var sections = [
            p.overview(), p.budget(), p.clauses(), p.findings(), p.grants(), p.evaluation()
        ]
        if let manual = ManualCheckSection.build(r, language: language) {  // after the findings
            sections.insert(manual, at: (sections.firstIndex { $0.id == "findings" } ?? sections.count - 1) + 1)
        }
        if let later = NotYetDueSection.build(r, language: language) {  // after the grants: the rows they leave out
            sections.insert(later, at: (sections.firstIndex { $0.id == "grants" } ?? sections.count - 1) + 1)
        }
        for w in r.evaluation.windows { sections += p.window(w) }
        sections.append(p.method())
        return Page(
            language: language, title: p.text.title, meta: p.meta(),
            sections: sections,
            links: [Link(title: p.text.backToCity, href: cityHref)]
        ).withoutEmptyTables(note: SharedText(l: p.l).noRows)
    }
}

/// The policy page's sections, each from the report and the page's language.
private struct PolicyPageSections {
    let r: PolicyFundsReport
    let language: ReportLanguage
    let l: L10n
    let text: PolicyPageText
    let zh: Bool
    /// The data as the head names it.
    let dataset: String
    /// Policy id → its document number, for the clause table.
    let documents: [String: String]

    init(r: PolicyFundsReport, language: ReportLanguage, dataset: String) {
        self.r = r
        self.dataset = dataset
        self.language = language
        l = L10n(lang: language)
        text = PolicyPageText(l: l)
        zh = language == .zh
        documents = Dictionary(r.policies.map { ($0.id, $0.document) }, uniquingKeysWith: { a, _ in a })
    }

    /// A table cell in 万元 (millions in English), "—" when there is no amount.
    func wan(_ fen: Int64?) -> ReportTable.Cell { .money(fen, language) }

    func money(_ fen: Int64) -> String { FindingText.money(Amount(fen: fen), language) }

    /// A grant's finding kinds in words, raw values that are no kind as they are.
    func kinds(_ raw: [String]) -> String {
        raw.map { GrantFinding.Kind(rawValue: $0).map { FindingText.kind($0, language) } ?? $0 }.joined(
            separator: text.kindSeparator)
    }

    func pct(_ x: Double?) -> ReportTable.Cell {
        .init(NumberFormat.percent(x), raw: x.map(CityPageBuilder.raw) ?? "")
    }

    /// A rate as percentage points with one decimal, and in points in the CSV and the workbook too
    /// (the column says 百分点: 3.7 there, not 0.037 shown by Excel as 3.7%); nil when there is none.
    func pts(_ x: Double?) -> ReportTable.Cell? {
        x.map { .init(NumberFormat.fixed($0 * 100, places: 1), raw: CityPageBuilder.raw($0 * 100)) }
    }

    /// The header lines: each policy with its validity, the as-of day and what it leaves out, then the dataset.
    func meta() -> [String] {
        var meta = r.policies.map {
            "\($0.document) \($0.title)" + text.validity(from: $0.validFrom, to: $0.validTo)
        }
        meta += AsOfText.pageMeta(r, language)
        meta.append(text.data(dataset))
        return meta
    }

    // MARK: - Overview and budget

    /// 概况: grants, committed, paid, due later, findings, then one tile per window with an estimate.
    func overview() -> Section {
        let b = r.budget, c = r.check
        let firms = Set(c.grants.map(\.enterprise)).count
        var tiles = [
            KPITile(label: text.grantsTile, value: text.count(c.grants.count), detail: text.firms(firms)),
            KPITile(label: text.committedTile, value: money(b.committedFen)),
            KPITile(label: text.paid, value: money(b.paidFen), detail: text.toPay(money(b.toPayFen))),
            KPITile(
                label: text.dueInLaterYears, value: money(b.futureFen), detail: text.atRisk(money(b.futureAtRiskFen)),
                tone: b.futureAtRiskFen > 0 ? .moderate : .neutral),
            KPITile(
                label: text.findings, value: text.count(c.findings.count),
                detail: text.involving(money(c.amountInQuestionFen)),
                tone: c.findings.isEmpty ? .achieved : .deterioration)
        ]
        tiles += r.evaluation.windows.compactMap(estimateTile)
        return Section(id: "overview", title: text.overview, content: .kpis(tiles))
    }

    /// A window's growth difference as a tile; nil when it has no estimate.
    func estimateTile(_ w: EvaluationReport.Window) -> KPITile? {
        guard let est = w.estimate else { return nil }
        let label = w.window == "support_year" ? text.growthDifferenceSupportYear : text.growthDifferenceYearAfter
        return KPITile(
            label: label, value: text.points(NumberFormat.fixed(est * 100, places: 1)),
            detail: text.standardError(NumberFormat.fixed((w.standardError ?? 0) * 100, places: 1), n: w.evaluated))
    }

    /// Budget by year: grouped bars and their table.
    func budget() -> Section {
        let b = r.budget
        func series(_ name: String, _ value: (GrantBudgetReport.Year) -> Int64) -> BarChart.Series {
            .init(name: name, values: b.years.map { Double(value($0)) / (zh ? 1e6 : 1e8) })
        }
        let first = b.years.first?.year ?? 0, last = b.years.last?.year ?? 0
        let chart = BarChart(
            id: "policy-budget", title: text.fundsByYear,
            summary: text.budgetSummary(
                first: first, last: last, asOf: r.asOf, paid: money(b.paidFen), future: money(b.futureFen),
                atRisk: money(b.futureAtRiskFen)),
            unit: text.unit, categories: b.years.map { String($0.year) },
            series: [
                series(text.committed, \.committedFen), series(text.paidOut, \.paidFen),
                series(text.toPayColumn, \.toPayFen), series(text.ofWhichAtRisk, \.atRiskFen)
            ],
            table: budgetYearTable())
        return Section(
            id: "budget", title: text.budget, note: zh ? b.rule : b.ruleEn,
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
            id: "policy-budget-years", title: text.fundsByYear,
            columns: [
                .init(text.year), .init(text.committed, numeric: true), .init(text.scheduled, numeric: true),
                .init(text.paidOut, numeric: true), .init(text.toPayColumn, numeric: true),
                .init(text.ofWhichAtRisk, numeric: true)
            ],
            rows: yearRows)
    }

    /// The budget by policy clause.
    func clauses() -> Section {
        Section(
            id: "budget-clauses", title: text.byClause,
            content: .table(
                ReportTable(
                    id: "policy-budget-clauses", title: text.byClauseTable,
                    columns: [
                        .init(text.policy), .init(text.clause), .init(text.clauseTitle),
                        .init(text.grantCount, numeric: true), .init(text.clauseCommitted, numeric: true),
                        .init(text.entitlement, numeric: true), .init(text.paid, numeric: true),
                        .init(text.remaining, numeric: true)
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
        guard !c.findings.isEmpty else {
            // Nothing found is a result to state, not a table to draw empty.
            return Section(
                id: "findings", title: text.findingsTitle(0), note: text.checksNote,
                content: .paragraphs([text.noFindings(grants: c.grants.count)]))
        }
        return Section(
            id: "findings", title: text.findingsTitle(c.findings.count), note: text.checksNote,
            content: .table(
                ReportTable(
                    id: "policy-findings", title: text.findings,
                    columns: [
                        .init(text.grantID, nowrap: true), .init(text.enterprise), .init(text.kind),
                        .init(text.detail), .init(text.amountColumn, numeric: true)
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
            id: "grants", title: text.grants,
            content: .table(
                ReportTable(
                    id: "policy-grants", title: text.grantsTable,
                    columns: [
                        .init(text.grantID, nowrap: true), .init(text.enterprise), .init(text.clause),
                        .init(text.applied, nowrap: true), .init(text.base, numeric: true),
                        .init(text.entitlement, numeric: true), .init(text.granted, numeric: true),
                        .init(text.paid, numeric: true), .init(text.grantFindings)
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
            id: "evaluation", title: text.evaluation,
            content: .paragraphs(r.evaluation.windows.map { zh ? $0.conclusion : $0.conclusionEn }))
    }

    /// A window's cells compared, its checks and, when any, its supported firms not evaluated; none without cells.
    func window(_ w: EvaluationReport.Window) -> [Section] {
        let suffix = w.window == "support_year" ? "" : "-" + w.window.replacingOccurrences(of: "_", with: "-")
        guard !w.cells.isEmpty else { return [] }
        var sections = [cells(w, suffix: suffix)]
        sections.append(
            Section(
                id: "evaluation-checks" + suffix, title: EvaluationText.checksTitle(zh ? w.label : w.labelEn, language),
                content: .paragraphs(zh ? w.checks : w.checksEn)))
        if !w.excluded.isEmpty { sections.append(excluded(w, suffix: suffix)) }
        return sections
    }

    /// The window's payments and revenue growth, and the subsidy per 亿元 of growth, as one sentence.
    func figures(_ w: EvaluationReport.Window) -> String {
        let perYi = w.subsidyPerYiGrowth.map { text.subsidyPerYi(yuan: $0) } ?? text.noSubsidyPerYi
        let excess =
            w.subsidyPerYiExcessGrowth.map { text.subsidyPerYiExcess(yuan: $0) }
            ?? (w.estimate != nil ? text.noExcessGrowth : "")
        return text.windowFigures(
            evaluated: w.evaluated, controls: w.controlsUsed, after: w.after, paid: money(w.paidFen),
            growth: money(w.revenueGrowthFen))
            + perYi + excess + text.fullStop
    }

    /// 分组比较: one row per cohort, segment and size, supported against comparison firms.
    func cells(_ w: EvaluationReport.Window, suffix: String) -> Section {
        let windowTitle = zh ? w.label : w.labelEn
        let rows: [[ReportTable.Cell]] = w.cells.map { cell in
            let size: String = zh ? cell.bandLabel : cell.band
            let difference: ReportTable.Cell = pts(cell.difference) ?? .init(text.tooFew, raw: "")
            let se: ReportTable.Cell = pts(cell.standardError) ?? .init("—", raw: "")
            return [
                .init(String(cell.cohort)), .init(l.name(cell.segment)), .init(size), .init(String(cell.treated)),
                .init(String(cell.controls)), pct(cell.treatedPre), pct(cell.treatedPost), pct(cell.controlPre),
                pct(cell.controlPost),
                difference, se
            ]
        }
        return Section(
            id: "evaluation-cells" + suffix, title: text.cellsCompared(windowTitle),
            note: figures(w) + text.cellsNote(minControls: r.evaluation.minControls),
            content: .table(
                ReportTable(
                    id: "policy-evaluation" + suffix, title: text.cellsCompared(windowTitle),
                    columns: [
                        .init(text.year), .init(text.segment), .init(text.size), .init(text.supported, numeric: true),
                        .init(text.comparison, numeric: true), .init(text.before, numeric: true),
                        .init(text.after, numeric: true), .init(text.comparisonBefore, numeric: true),
                        .init(text.comparisonAfter, numeric: true), .init(text.difference, numeric: true),
                        .init(text.standardErrorColumn, numeric: true)
                    ],
                    rows: rows)))
    }

    /// The window's supported firms left out of the evaluation, with the reason.
    func excluded(_ w: EvaluationReport.Window, suffix: String) -> Section {
        Section(
            id: "evaluation-excluded" + suffix,
            title: text.excludedTitle(zh ? w.label : w.labelEn),
            content: .table(
                ReportTable(
                    id: "policy-evaluation-excluded" + suffix, title: text.notEvaluated,
                    columns: [.init(text.year), .init(text.enterprise), .init(text.reason)],
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
            id: "evaluation-method", title: text.method,
            content: .paragraphs((zh ? e.method : e.methodEn) + (zh ? e.limits : e.limitsEn).map(text.limit)))
    }
}

extension ReportTable.Cell {
    /// An amount cell of the policy page: 万元 with two decimals (millions of yuan in English), "—"
    /// when there is no amount; the CSV in the column's unit, exact (万元, or millions: 1 m = 100 万元).
    static func money(_ fen: Int64?, _ language: ReportLanguage) -> ReportTable.Cell {
        guard let fen else { return .init("—", raw: "") }
        let a = Amount(fen: fen), zh = language == .zh
        return .init(
            zh ? a.formatted(in: .wan, decimals: 2, grouping: true) : a.formatted(in: .wan, decimals: 4).asMillions,
            raw: zh
                ? a.formatted(in: .wan, DecimalFormat(places: 6, trimmingZeros: true))
                : DecimalFormat(places: 8, trimmingZeros: true).string(significand: a.fen, scale: 8))
    }
}
