import PlanGaugeAnalytics
import PlanGaugeModel

/// 政策兑现与绩效 as plain values: the grants checked, the budget and the evaluation, with every
/// message in Chinese and English. Money is in exact 分 (`*_fen`); rates are fractions. What
/// `plangauge grants` prints and the policy page draws.
public struct PolicyFundsReport: Encodable, Sendable {
    /// The dataset as the outputs name it: its label (`sample`), or in `plangauge grants` text the data folder as typed.
    public var dataset: String
    /// The day the grants ledger is taken as of (ISO `2026-09-30`).
    public var asOf: String
    /// The policies that the ledger's grants are awarded under, in policy-file order.
    public var policies: [PolicyLine]
    /// Each grant checked against its clause, with the findings.
    public var check: GrantCheckReport
    /// The money as a budget: committed, paid and still to pay, by year and by clause.
    public var budget: GrantBudgetReport
    /// 绩效评估: revenue growth of supported firms against comparable unsupported ones.
    public var evaluation: EvaluationReport
    /// Where `asOf` came from: `--as-of`, or the last day of the data's latest complete period.
    public var asOfSource: AsOfSourceLine
    /// The ledger's rows dated after `asOf`: left out of every figure above, counted and listed here.
    public var notYetDue: NotYetDueReport

    /// A policy as the report lists it.
    public struct PolicyLine: Encodable, Sendable {
        /// Policy id, title, document number (文号), and the validity window's first and last days (ISO).
        public var id, title, document, validFrom, validTo: String
        /// `highest` (从高不重复: overlapping supports pay only the higher) or `cumulative`.
        public var overlap: String
        /// Years before an application in which a serious credit breach (严重失信) excludes it; nil when the policy sets none.
        public var creditExclusionYears: Int?
    }
}

/// `plangauge grants check`: every grant with its entitlement, schedule and payments, and every finding. Money in 分.
public struct GrantCheckReport: Encodable, Sendable {
    /// The JSON schema name and version.
    public var schema = "plangauge.grants.check/1"
    /// One line per grant, in ledger order.
    public var grants: [GrantLine]
    /// Every finding, grant by grant.
    public var findings: [FindingLine]
    /// Number of findings per kind (`above_entitlement`, `overlap` …).
    public var findingsByKind: [String: Int]
    /// Σ of the findings' amounts: money whose award or payment the policy does not support.
    public var amountInQuestionFen: Int64
    /// 需人工核实: for each grant, every condition the data cannot check, for a person to confirm.
    public var manualChecks: [ManualLine] = []
    /// Grants applied after the as-of day that carry a finding whatever the day (applied outside
    /// their policy's validity), without payments (those are not yet made on the day): not in
    /// `grants` or any figure, listed in `not_yet_due` too; their findings are in `findings`.
    public var laterGrants: [GrantLine] = []

    /// One grant (a row of `grants.csv`) with its terms under the clause.
    public struct GrantLine: Encodable, Sendable {
        /// 项目编号, the enterprise's USCC and name, the policy and clause ids, the clause's number in the document (二（一）2) and title.
        public var id, enterprise, enterpriseName, policy, clause, clauseNumber, clauseTitle: String
        /// 支持事项 as the ledger names it; nil when it does not.
        public var item: String?
        /// 申报日期 (ISO).
        public var applied: String
        /// The clause's ratio as the policy file writes it (`50%`, `1:1`); nil for a fixed sum.
        public var ratio: String?
        /// The clause's caps in 万元 as Chinese text (`一次性 500万元；总额 …`), or 未规定.
        public var cap: String
        /// The caps in English (`CNY 5 m once; …`), or `none stated`.
        public var capEn: String
        /// The amount the ratio applies to (yearly for a per-year clause), in 分; nil for a fixed-sum clause.
        public var baseFen: Int64?
        /// 核定金额: the whole amount awarded, all instalments and years, in 分.
        public var grantedFen: Int64
        /// What the clause entitles the grant to, min(ratio × base, cap) in 分; nil when the clause names no sum or the base is missing.
        public var entitlementFen: Int64?
        /// For a clause paid each year: the yearly entitlement in 分; nil otherwise.
        public var yearlyEntitlementFen: Int64?
        /// Years the granted amount is spread over: the years awarded (per-year clause), N (`instalments: N`), else 1.
        public var yearsAwarded: Int
        /// The most years the clause allows; nil when it states no limit or pays a lump sum.
        public var yearsAllowed: Int?
        /// The granted amount's instalments, one a year from the first payment's year (else the application year).
        public var schedule: [Instalment]
        /// The payments made on the grant up to the as-of day, in date order.
        public var payments: [Instalment]
        /// Σ of `payments`, in 分.
        public var paidFen: Int64
        /// The kinds of this grant's findings (`above_entitlement` …); empty when none.
        public var findings: [String]
        /// Where the grant's row was read (relative to the dataset folder in published output).
        public var file: String
        /// The row's line number in `file`.
        public var line: Int
    }

    /// An amount on a date: a scheduled instalment or a payment.
    public struct Instalment: Encodable, Sendable {
        /// The year (`2024`) for a scheduled instalment; the ISO day (`2024-03-15`) for a payment.
        public var date: String
        /// The amount in 分.
        public var amountFen: Int64
    }

    /// One finding: something in the ledger the policy does not allow.
    public struct FindingLine: Encodable, Sendable {
        /// The grant id, enterprise USCC and name, the kind (`overlap` …) with its Chinese and English labels, and the explanation in Chinese and English.
        public var grant, enterprise, enterpriseName, kind, kindLabel, kindLabelEn, message, messageEn: String
        /// The money the finding puts in question, in 分: the excess, or the whole grant when the award should not have been made.
        public var amountFen: Int64
        /// Where the grant's row was read (relative to the dataset folder in published output).
        public var file: String
        /// The row's line number in `file`.
        public var line: Int
    }
}

/// `plangauge grants budget`: what was committed, scheduled, paid and is still to pay, by year and by clause, as of a day (see `GrantBudget`). Money in 分.
public struct GrantBudgetReport: Encodable, Sendable {
    /// The JSON schema name and version.
    public var schema = "plangauge.grants.budget/1"
    /// The day the ledger is taken as of (ISO).
    public var asOf: String
    /// One line per calendar year any amount falls in, in year order.
    public var years: [Year]
    /// One line per policy clause with grants, in policy order, then clause order.
    public var clauses: [Clause]
    /// Totals over the years, in 分: granted (in the year of application), scheduled, paid to the as-of day, still to pay (arrears included), and still to pay in the years after the as-of year.
    public var committedFen, scheduledFen, paidFen, toPayFen, futureFen: Int64
    /// Of `toPayFen` and `futureFen`: the money on grants whose award a finding questions.
    public var atRiskFen, futureAtRiskFen: Int64
    /// Paid beyond the granted amounts (多拨, to be recovered): in `paidFen`, owed by nobody, so
    /// `toPayFen` = `committedFen` − `paidFen` + `overpaidFen`.
    public var overpaidFen: Int64
    /// How the budget is counted, in Chinese, for the page.
    public var rule: String
    /// `rule` in English.
    public var ruleEn: String

    /// One calendar year of the budget.
    public struct Year: Encodable, Sendable {
        /// The calendar year.
        public var year: Int
        /// Granted in applications of this year, scheduled in it, paid in it, and still to pay in it (the as-of year includes arrears), in 分.
        public var committedFen, scheduledFen, paidFen, toPayFen: Int64
        /// Of `toPayFen`, the money on grants whose award a finding questions, in 分.
        public var atRiskFen: Int64
    }

    /// One policy clause's grants, summed.
    public struct Clause: Encodable, Sendable {
        /// Policy id, clause id, the clause's number in the document (二（一）2) and its title.
        public var policy, clause, clauseNumber, title: String
        /// Number of grants under the clause.
        public var grants: Int
        /// Σ granted, Σ entitlement (grants whose entitlement is known), Σ paid to the as-of day, and Σ max(0, granted − paid), in 分.
        public var committedFen, entitlementFen, paidFen, remainingFen: Int64
    }
}

/// 绩效评估 (`PolicyEvaluation`): difference in differences of revenue growth, supported firms against unsupported firms of the same segment and size band. Growth figures are fractions (0.05 = 5%).
public struct EvaluationReport: Encodable, Sendable {
    /// The JSON schema name and version.
    public var schema = "plangauge.grants.evaluation/2"
    /// The last period of revenue data read (`2026Q3`).
    public var dataPeriod: String
    /// The support year (after = T over T−1), then the year after (after = T+1 over T), each with
    /// its own sample, estimate and standard error.
    public var windows: [Window]
    /// The fewest evaluated supported firms for which a window gives an overall estimate.
    public var minTreated: Int
    /// The fewest comparison firms a cell needs to be estimated.
    public var minControls: Int
    /// A gap in pre-support growth between the groups above this (fraction: 0.02 = 2 points) is flagged.
    public var materialPreGrowthGap = PolicyEvaluation.materialPreGrowthGap
    /// Both windows' conclusions in one paragraph.
    public var conclusion: String
    /// `conclusion` in English.
    public var conclusionEn: String
    /// How the estimate is made, one paragraph per string, in Chinese.
    public var method: [String]
    /// `method` in English.
    public var methodEn: [String]
    /// What the estimate cannot show, one paragraph per string, in Chinese.
    public var limits: [String]
    /// `limits` in English.
    public var limitsEn: [String]

    /// One comparison window: pre = growth in T−1, post = growth in `after`.
    public struct Window: Encodable, Sendable {
        /// support_year or year_after.
        public var window: String
        /// The window's heading in Chinese and English (支持当年（T 年比 T−1 年）).
        public var label, labelEn: String
        /// The year compared with T−1 over T−2: T or T+1.
        public var after: String
        /// One line per cohort (year T of the firms' first grant), in year order.
        public var cohorts: [Cohort]
        /// One line per cohort, segment and size band with supported firms.
        public var cells: [Cell]
        /// Supported firms left out of the estimate, with the reason.
        public var excluded: [Excluded]
        /// Supported firms in the estimate.
        public var evaluated: Int
        /// Distinct comparison firms in the cells estimated.
        public var controlsUsed: Int
        /// Mean difference in growth (fraction); nil when too few firms are evaluated.
        public var estimate: Double?
        /// Welch, combined over the cells (see `method`).
        public var standardError: Double?
        /// Paid to the evaluated firms up to the end of the window's last year (at most the data's end), in 分.
        public var paidFen: Int64
        /// The evaluated firms' revenue growth over the window, R(A) − R(A−1), in 分.
        public var revenueGrowthFen: Int64
        /// 元 of subsidy per 1亿元 of revenue growth (gross), and per 1亿元 of growth above the comparison.
        public var subsidyPerYiGrowth: Double?
        /// 元 of subsidy per 1亿元 of growth above the comparison; nil without an estimate or when that growth is not positive.
        public var subsidyPerYiExcessGrowth: Double?
        /// Σ over evaluated firms of (difference × revenue of A−1): revenue above what the comparison's growth would have given, in 分 (rounded).
        public var excessGrowthFen: Int64
        /// The window's conclusion sentence, in Chinese.
        public var conclusion: String
        /// `conclusion` in English.
        public var conclusionEn: String
        /// Where the comparison firms used come from.
        public var comparisonDistricts: Districts
        /// Mean growth g(T−1) of the evaluated supported firms and of their comparison (each supported
        /// firm's cell mean, averaged over the supported firms), fractions; nil when none is evaluated.
        public var preGrowthSupported, preGrowthComparison: Double?
        /// Whether the two differ by more than `materialPreGrowthGap`; nil with them.
        public var preGrowthMaterial: Bool?
        /// Of `cells` (all formed), those with a single supported firm.
        public var singleSupportedCells: Int
        /// The same estimate one year before support, on this window's cohorts.
        public var placebo: Placebo
        /// The window's checks in sentences (districts, pre-support growth, single-firm cells, placebo), in Chinese.
        public var checks: [String]
        /// `checks` in English.
        public var checksEn: [String]
    }

    /// The comparison firms of a window's estimated cells, by district.
    public struct Districts: Encodable, Sendable {
        /// The evaluated supported firms' districts.
        public var supportedDistricts: [String]
        /// Comparison firms in the district of a supported firm they are compared with; in other districts; without a district.
        public var sameDistrict, otherDistricts, noDistrict: Int
    }

    /// The placebo: after = g(T−1), before = g(T−2), same cells, firms with a whole year T−3.
    public struct Placebo: Encodable, Sendable {
        /// The cohort years taken.
        public var cohorts: [Int]
        /// Supported firms evaluated; supported firms of those cohorts without a report in T−4; comparison firms used.
        public var evaluated, lackingHistory, controlsUsed: Int
        /// Mean difference (fraction) and its standard error; nil when fewer than `minTreated` firms.
        public var estimate, standardError: Double?
        /// Whether the estimate is within two standard errors of zero (no sign of diverging trends); nil without it.
        public var nearZero: Bool?
    }

    /// The supported firms of one cohort (year of first grant) in a window.
    public struct Cohort: Encodable, Sendable {
        /// Cohort year T; months compared (12, or January to the data's last month; 0: not yet observable); firms first supported that year; of them, firms evaluated.
        public var year, months, supported, evaluated: Int
    }

    /// One cell: supported and comparison firms of one cohort, segment and size band.
    public struct Cell: Encodable, Sendable {
        /// Cohort year T.
        public var cohort: Int
        /// 细分领域, size band by revenue of T−1 (`small`, `medium`, `large`) and its Chinese label with thresholds.
        public var segment, band, bandLabel: String
        /// Supported firms and comparison firms in the cell.
        public var treated, controls: Int
        /// Mean growth of the supported firms before (T−1) and after (T or T+1), fractions.
        public var treatedPre, treatedPost: Double
        /// The comparison firms' mean growth before and after (nil without comparison firms), the difference in differences and its Welch standard error (nil when fewer than `minControls` comparison firms).
        public var controlPre, controlPost, difference, standardError: Double?
        /// Why the cell is not estimated, in Chinese; nil when it is.
        public var note: String?
    }

    /// A supported firm left out of a window's estimate.
    public struct Excluded: Encodable, Sendable {
        /// The enterprise's USCC and name.
        public var enterprise, enterpriseName: String
        /// Its cohort year T (first grant).
        public var cohort: Int
        /// Why it was left out (`no_history`, `too_few_controls` …) and the reason in Chinese.
        public var reason, reasonLabel: String
    }
}

/// Builds the report from the dataset (grants, policies, revenue).
public enum PolicyFundsReportBuilder {
    /// `asOf`: the grants ledger as it stood on this day, in the check, the budget and the
    /// evaluation alike (grants applied, payments and credit records dated on or before it:
    /// `Dataset.grantsLedger(asOf:)`); the evaluation reads revenue through `dataPeriod`. The rows
    /// dated after `asOf` are listed in `notYetDue`; a grant among them applied outside its policy's
    /// validity carries its finding in the check whatever the day (`GrantChecks.run(_:asOf:)`).
    /// `source`: where the day came from (nil: the last day of `dataPeriod`).
    public static func build(
        index: DatasetIndex, asOf: CalendarDate, dataPeriod: Period, dataset name: String,
        source: AsOfSourceLine? = nil
    ) -> PolicyFundsReport {
        let dataset = index.dataset.grantsLedger(asOf: asOf)
        let names = Dictionary(dataset.enterprises.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let reviews = GrantChecks.run(index.dataset, asOf: asOf)
        let budget = GrantBudget.build(reviews, asOf: asOf)
        let evaluation = PolicyEvaluation.run(index, at: dataPeriod, asOf: asOf)
        let used = Set(index.dataset.grants.map(\.policy))
        return PolicyFundsReport(
            dataset: name, asOf: asOf.description,
            policies: dataset.policies.filter { used.contains($0.id) }.map {
                .init(
                    id: $0.id, title: $0.title, document: $0.document, validFrom: $0.validFrom.description,
                    validTo: $0.validTo.description,
                    overlap: $0.highestOfOverlapping ? "highest" : "cumulative",
                    creditExclusionYears: $0.creditExclusionYears)
            },
            check: check(reviews, names, citing: ClauseCitation(dataset.policies), asOf: asOf),
            budget: budgetReport(budget, reviews),
            evaluation: evaluationReport(evaluation, names), asOfSource: source ?? .dataPeriod(dataPeriod),
            notYetDue: .build(GrantsNotYetDue(index.dataset, asOf: asOf), names: names, reviews: reviews))
    }

    /// Every finding of `reviews`; one line per grant applied by `asOf` (a later grant reviewed for
    /// its validity is listed among the rows not yet due, its finding here).
    static func check(
        _ reviews: [GrantReview], _ names: [USCC: String], citing cite: ClauseCitation, asOf: CalendarDate
    ) -> GrantCheckReport {
        var findings: [GrantCheckReport.FindingLine] = []
        var byKind: [String: Int] = [:]
        let grants = reviews.map { r -> GrantCheckReport.GrantLine in
            let g = r.grant, t = r.terms
            for f in r.findings {
                byKind[f.kind.rawValue, default: 0] += 1
                findings.append(
                    .init(
                        grant: g.id, enterprise: g.enterprise.code, enterpriseName: names[g.enterprise] ?? "",
                        kind: f.kind.rawValue, kindLabel: FindingText.kind(f.kind, .zh),
                        kindLabelEn: FindingText.kind(f.kind, .en),
                        message: FindingText.message(f.detail, .zh, citing: cite),
                        messageEn: FindingText.message(f.detail, .en, citing: cite),
                        amountFen: f.amount.fen, file: g.file, line: g.line))
            }
            return .init(
                id: g.id, enterprise: g.enterprise.code, enterpriseName: names[g.enterprise] ?? "", policy: g.policy,
                clause: g.clause, clauseNumber: t.clause.number, clauseTitle: t.clause.title, item: g.item,
                applied: g.applied.description, ratio: t.clause.ratioText, cap: FindingText.cap(t.clause),
                capEn: FindingText.cap(t.clause, .en),
                baseFen: g.base?.fen, grantedFen: g.granted.fen, entitlementFen: t.entitlement?.fen,
                yearlyEntitlementFen: t.yearlyEntitlement?.fen, yearsAwarded: t.yearsAwarded,
                yearsAllowed: t.yearsAllowed,
                schedule: t.schedule.map { .init(date: String($0.year), amountFen: $0.amount.fen) },
                payments: g.payments.map { .init(date: $0.date.description, amountFen: $0.amount.fen) },
                paidFen: g.paid.fen, findings: r.findings.map(\.kind.rawValue), file: g.file, line: g.line)
        }
        // A grant applied after the day is here only for a finding it carries whatever the day.
        let later = zip(reviews, grants).filter { $0.0.grant.applied > asOf }.map { pair in
            var line = pair.1
            line.payments = []
            line.paidFen = 0
            return line
        }
        return GrantCheckReport(
            grants: zip(reviews, grants).filter { $0.0.grant.applied <= asOf }.map(\.1), findings: findings,
            findingsByKind: byKind,
            amountInQuestionFen: findings.reduce(0) { $0 + $1.amountFen },
            manualChecks: manualLines(reviews.filter { $0.grant.applied <= asOf }, names), laterGrants: later)
    }

    static func budgetReport(_ b: GrantBudget, _ reviews: [GrantReview]) -> GrantBudgetReport {
        let numbers = Dictionary(
            reviews.map { ($0.terms.policy.id + "/" + $0.terms.clause.id, $0.terms.clause.number) },
            uniquingKeysWith: { a, _ in a })
        return GrantBudgetReport(
            asOf: b.asOf.description,
            years: b.years.map {
                .init(
                    year: $0.year, committedFen: $0.committed.fen, scheduledFen: $0.scheduled.fen, paidFen: $0.paid.fen,
                    toPayFen: $0.toPay.fen, atRiskFen: $0.atRisk.fen)
            },
            clauses: b.clauses.map {
                .init(
                    policy: $0.policy, clause: $0.clause, clauseNumber: numbers[$0.policy + "/" + $0.clause] ?? "",
                    title: $0.title, grants: $0.grants, committedFen: $0.committed.fen,
                    entitlementFen: $0.entitlement.fen, paidFen: $0.paid.fen, remainingFen: $0.remaining.fen)
            },
            committedFen: b.committed.fen, scheduledFen: b.scheduled.fen, paidFen: b.paid.fen, toPayFen: b.toPay.fen,
            futureFen: b.future.fen,
            atRiskFen: b.atRisk.fen, futureAtRiskFen: b.futureAtRisk.fen, overpaidFen: b.overpaid.fen,
            rule:
                "核定金额计入申报年度；分期拨付的按核定金额等额分 N 年（除不尽的分计入最后一期），每年支持的按支持年限等额分年，自首笔拨付年度（未拨付的自申报年度）起算；截至 \(b.asOf) 年度的待拨付含此前应拨未拨部分。待拨付按台账记录计；“其中存疑”为核查发现质疑核定本身（超额、超出有效期、重复或疑似重复支持、信用不良、不符合申报条件、缺计算基数）的项目尚待拨付的部分：每个项目取所涉金额（超额部分或整个项目）与尚待拨付数的较小者，从最后一期往前计。"
                + (b.overpaid > .zero
                    ? "实际拨付含超过核定金额多拨的 \(FindingText.money(b.overpaid, .zh))（应追缴），不抵减其他项目的待拨付，故待拨付合计 = 新增核定 − 实际拨付 + 多拨。"
                    : ""),
            ruleEn:
                "Committed amounts count in the year of application; instalments are N equal shares of the granted amount (the remainder in fen, 0.01 yuan, to the last), yearly awards one share per year awarded, from the year of the first payment (else the application year); the as-of year's amount to pay includes arrears. To pay is as recorded; \"at risk\" is the part of it on grants whose award a finding questions (above entitlement, outside validity, double or possible double funding, credit, a condition not met, a base missing): per grant the smaller of the amount in question (the excess, or the whole grant) and what is still to pay, taken from the last instalment backwards."
                + (b.overpaid > .zero
                    ? " Paid includes \(FindingText.money(b.overpaid, .en)) paid beyond the amounts granted (to be recovered), which does not reduce what other grants are owed: total to pay = committed − paid + overpaid."
                    : ""))
    }

    static func evaluationReport(_ e: PolicyEvaluation, _ names: [USCC: String]) -> EvaluationReport {
        let minC = PolicyEvaluation.minControls, minT = PolicyEvaluation.minTreated
        let windows = e.windows.map { window($0, names) }
        return EvaluationReport(
            dataPeriod: e.dataPeriod.description, windows: windows, minTreated: minT, minControls: minC,
            conclusion: windows.map(\.conclusion).joined(),
            conclusionEn: windows.map(\.conclusionEn).joined(separator: " "),
            method: EvaluationText.method(.zh), methodEn: EvaluationText.method(.en),
            limits: EvaluationText.limits(.zh), limitsEn: EvaluationText.limits(.en))
    }

    /// One window of the evaluation: its labels, cohorts, cells, exclusions, figures and conclusion.
    private static func window(_ w: PolicyEvaluation.Window, _ names: [USCC: String]) -> EvaluationReport.Window {
        let minC = PolicyEvaluation.minControls
        let after = w.kind == .supportYear ? "T" : "T+1"
        let (label, labelEn) =
            w.kind == .supportYear
            ? ("支持当年（T 年比 T−1 年）", "Support year (T over T−1)")
            : ("支持次年（T+1 年比 T 年）", "Year after support (T+1 over T)")
        let cells = w.cells.map { c in
            EvaluationReport.Cell(
                cohort: c.cohort, segment: c.segment, band: c.band.rawValue,
                bandLabel: FindingText.band(c.band, .zh),
                treated: c.treated, controls: c.controls, treatedPre: c.treatedPre, treatedPost: c.treatedPost,
                controlPre: c.controlPre, controlPost: c.controlPost, difference: c.difference,
                standardError: c.standardError,
                note: c.difference == nil ? "可比企业少于\(minC)家，不作估计" : nil)
        }
        let words = conclusion(w)
        return EvaluationReport.Window(
            window: w.kind.rawValue, label: label, labelEn: labelEn, after: after,
            cohorts: w.cohorts.map {
                .init(year: $0.year, months: $0.months, supported: $0.supported, evaluated: $0.evaluated)
            },
            cells: cells,
            excluded: w.excluded.map {
                .init(
                    enterprise: $0.id.code, enterpriseName: names[$0.id] ?? "", cohort: $0.cohort,
                    reason: $0.reason.rawValue, reasonLabel: FindingText.reason($0.reason, .zh))
            },
            evaluated: w.firms.count, controlsUsed: w.controlsUsed,
            estimate: w.estimate, standardError: w.standardError, paidFen: w.paid.fen,
            revenueGrowthFen: w.revenueGrowth.fen,
            subsidyPerYiGrowth: w.subsidyPerYiGrowth, subsidyPerYiExcessGrowth: w.subsidyPerYiExcessGrowth,
            excessGrowthFen: Int64(w.excessGrowth.rounded()),
            conclusion: words.0, conclusionEn: words.1,
            comparisonDistricts: .init(
                supportedDistricts: w.districts.supportedDistricts, sameDistrict: w.districts.sameDistrict,
                otherDistricts: w.districts.otherDistricts, noDistrict: w.districts.noDistrict),
            preGrowthSupported: w.preGrowth?.supported, preGrowthComparison: w.preGrowth?.comparison,
            preGrowthMaterial: w.preGrowth?.isMaterial, singleSupportedCells: w.singleSupportedCells,
            placebo: .init(
                cohorts: w.placebo.cohorts, evaluated: w.placebo.evaluated, lackingHistory: w.placebo.lackingHistory,
                controlsUsed: w.placebo.controlsUsed, estimate: w.placebo.estimate,
                standardError: w.placebo.standardError, nearZero: w.placebo.nearZero),
            checks: EvaluationText.checks(w, .zh), checksEn: EvaluationText.checks(w, .en))
    }

    /// The window's conclusion in Chinese and English: the estimate and whether it is clear of zero,
    /// or why there is none (no data yet, or too few supported firms).
    private static func conclusion(_ w: PolicyEvaluation.Window) -> (String, String) {
        let minT = PolicyEvaluation.minTreated
        let (when, whenEn) =
            w.kind == .supportYear ? ("支持当年", "in the support year") : ("支持次年", "in the year after support")
        if let est = w.estimate, let se = w.standardError {
            let pts = NumberFormat.fixed(abs(est) * 100, places: 1), sePts = NumberFormat.fixed(se * 100, places: 1)
            let (zh, en) = est >= 0 ? ("高", "more") : ("低", "less")
            // Within two standard errors of zero the data cannot tell the groups apart: say so.
            let clear = abs(est) > 2 * se
            return (
                "\(when)：获支持企业（\(w.firms.count)家）营业收入增速的变化，比同领域、同规模的未获支持企业（\(w.controlsUsed)家）平均\(zh) \(pts) 个百分点（标准误约 \(sePts) 个百分点）"
                    + (clear ? "。" : "，差异在两个标准误以内，不能认为两组有别。"),
                "\(whenEn.prefix(1).uppercased() + whenEn.dropFirst()): supported firms (\(w.firms.count)) changed their revenue growth by \(pts) percentage points \(en) than comparable unsupported firms (\(w.controlsUsed)) of the same segment and size (standard error about \(sePts) points)"
                    + (clear ? "." : "; within two standard errors of zero, so the groups cannot be told apart.")
            )
        } else if w.firms.isEmpty && w.cohorts.allSatisfy({ $0.months == 0 }) {
            return (
                "\(when)：数据尚未覆盖任何获支持企业的\(when)，暂不能评估。",
                "\(whenEn.prefix(1).uppercased() + whenEn.dropFirst()): the data do not yet reach it for any supported firm; not evaluated."
            )
        } else {
            return (
                "\(when)：可评估的获支持企业仅 \(w.firms.count) 家（少于 \(minT) 家），样本过小，不给出总体估计。",
                "\(whenEn.prefix(1).uppercased() + whenEn.dropFirst()): only \(w.firms.count) supported firms can be evaluated (fewer than \(minT)); the sample is too small for an overall estimate."
            )
        }
    }
}
