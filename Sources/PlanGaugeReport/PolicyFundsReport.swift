import PlanGaugeAnalytics
import PlanGaugeModel

/// 政策兑现与绩效 as plain values: the grants checked, the budget and the evaluation, with every
/// message in Chinese and English. Money is in exact 分 (`*_fen`); rates are fractions. What
/// `plangauge grants` prints and the policy page draws.
public struct PolicyFundsReport: Encodable, Sendable {
    public var dataset: String
    public var asOf: String
    public var policies: [PolicyLine]
    public var check: GrantCheckReport
    public var budget: GrantBudgetReport
    public var evaluation: EvaluationReport

    public struct PolicyLine: Encodable, Sendable {
        public var id, title, document, validFrom, validTo: String
        public var overlap: String
        public var creditExclusionYears: Int?
    }
}

public struct GrantCheckReport: Encodable, Sendable {
    public var schema = "plangauge.grants.check/1"
    public var grants: [GrantLine]
    public var findings: [FindingLine]
    public var findingsByKind: [String: Int]
    /// Σ of the findings' amounts: money whose award or payment the policy does not support.
    public var amountInQuestionFen: Int64

    public struct GrantLine: Encodable, Sendable {
        public var id, enterprise, enterpriseName, policy, clause, clauseNumber, clauseTitle: String
        public var item: String?
        public var applied: String
        public var ratio: String?
        public var cap: String
        public var baseFen: Int64?
        public var grantedFen: Int64
        public var entitlementFen: Int64?
        public var yearlyEntitlementFen: Int64?
        public var yearsAwarded: Int
        public var yearsAllowed: Int?
        public var schedule: [Instalment]
        public var payments: [Instalment]
        public var paidFen: Int64
        public var findings: [String]
        public var file: String
        public var line: Int
    }

    public struct Instalment: Encodable, Sendable {
        public var date: String
        public var amountFen: Int64
    }

    public struct FindingLine: Encodable, Sendable {
        public var grant, enterprise, enterpriseName, kind, kindLabel, kindLabelEn, message, messageEn: String
        public var amountFen: Int64
        public var file: String
        public var line: Int
    }
}

public struct GrantBudgetReport: Encodable, Sendable {
    public var schema = "plangauge.grants.budget/1"
    public var asOf: String
    public var years: [Year]
    public var clauses: [Clause]
    public var committedFen, scheduledFen, paidFen, toPayFen, futureFen: Int64
    /// Of `toPayFen` and `futureFen`: the money on grants whose award a finding questions.
    public var atRiskFen, futureAtRiskFen: Int64
    /// Paid beyond the granted amounts (多拨, to be recovered): in `paidFen`, owed by nobody, so
    /// `toPayFen` = `committedFen` − `paidFen` + `overpaidFen`.
    public var overpaidFen: Int64
    public var rule: String
    public var ruleEn: String

    public struct Year: Encodable, Sendable {
        public var year: Int
        public var committedFen, scheduledFen, paidFen, toPayFen: Int64
        public var atRiskFen: Int64
    }

    public struct Clause: Encodable, Sendable {
        public var policy, clause, clauseNumber, title: String
        public var grants: Int
        public var committedFen, entitlementFen, paidFen, remainingFen: Int64
    }
}

public struct EvaluationReport: Encodable, Sendable {
    public var schema = "plangauge.grants.evaluation/2"
    public var dataPeriod: String
    /// The support year (after = T over T−1), then the year after (after = T+1 over T), each with
    /// its own sample, estimate and standard error.
    public var windows: [Window]
    public var minTreated: Int
    public var minControls: Int
    /// Both windows' conclusions in one paragraph.
    public var conclusion: String
    public var conclusionEn: String
    public var method: [String]
    public var methodEn: [String]
    public var limits: [String]
    public var limitsEn: [String]

    public struct Window: Encodable, Sendable {
        /// support_year or year_after.
        public var window: String
        public var label, labelEn: String
        /// The year compared with T−1 over T−2: T or T+1.
        public var after: String
        public var cohorts: [Cohort]
        public var cells: [Cell]
        public var excluded: [Excluded]
        public var evaluated: Int
        public var controlsUsed: Int
        /// Mean difference in growth (fraction); nil when too few firms are evaluated.
        public var estimate: Double?
        /// Welch, combined over the cells (see `method`).
        public var standardError: Double?
        public var paidFen: Int64
        public var revenueGrowthFen: Int64
        /// 元 of subsidy per 1亿元 of revenue growth (gross), and per 1亿元 of growth above the comparison.
        public var subsidyPerYiGrowth: Double?
        public var subsidyPerYiExcessGrowth: Double?
        public var excessGrowthFen: Int64
        public var conclusion: String
        public var conclusionEn: String
    }

    public struct Cohort: Encodable, Sendable {
        public var year, months, supported, evaluated: Int
    }

    public struct Cell: Encodable, Sendable {
        public var cohort: Int
        public var segment, band, bandLabel: String
        public var treated, controls: Int
        public var treatedPre, treatedPost: Double
        public var controlPre, controlPost, difference, standardError: Double?
        public var note: String?
    }

    public struct Excluded: Encodable, Sendable {
        public var enterprise, enterpriseName: String
        public var cohort: Int
        public var reason, reasonLabel: String
    }
}

/// Builds the report from the dataset (grants, policies, revenue).
public enum PolicyFundsReportBuilder {
    /// `asOf`: the grants ledger as it stood on this day, in the check, the budget and the
    /// evaluation alike (grants applied, payments and credit records dated on or before it:
    /// `Dataset.grantsLedger(asOf:)`); the evaluation reads revenue through `dataPeriod`.
    public static func build(index: DatasetIndex, asOf: CalendarDate, dataPeriod: Period, dataset name: String) -> PolicyFundsReport {
        let dataset = index.dataset.grantsLedger(asOf: asOf)
        let names = Dictionary(dataset.enterprises.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let reviews = GrantChecks.run(dataset)
        let budget = GrantBudget.build(reviews, asOf: asOf)
        let evaluation = PolicyEvaluation.run(index, at: dataPeriod, asOf: asOf)
        let used = Set(dataset.grants.map(\.policy))
        return PolicyFundsReport(
            dataset: name, asOf: asOf.description,
            policies: dataset.policies.filter { used.contains($0.id) }.map {
                .init(id: $0.id, title: $0.title, document: $0.document, validFrom: $0.validFrom.description, validTo: $0.validTo.description,
                      overlap: $0.highestOfOverlapping ? "highest" : "cumulative", creditExclusionYears: $0.creditExclusionYears)
            },
            check: check(reviews, names), budget: budgetReport(budget, reviews), evaluation: evaluationReport(evaluation, names))
    }

    static func check(_ reviews: [GrantReview], _ names: [USCC: String]) -> GrantCheckReport {
        var findings: [GrantCheckReport.FindingLine] = []
        var byKind: [String: Int] = [:]
        let grants = reviews.map { r -> GrantCheckReport.GrantLine in
            let g = r.grant, t = r.terms
            for f in r.findings {
                byKind[f.kind.rawValue, default: 0] += 1
                findings.append(.init(grant: g.id, enterprise: g.enterprise.code, enterpriseName: names[g.enterprise] ?? "",
                                      kind: f.kind.rawValue, kindLabel: FindingText.kind(f.kind, .zh), kindLabelEn: FindingText.kind(f.kind, .en),
                                      message: FindingText.message(f.detail, .zh), messageEn: FindingText.message(f.detail, .en),
                                      amountFen: f.amount.fen, file: g.file, line: g.line))
            }
            return .init(id: g.id, enterprise: g.enterprise.code, enterpriseName: names[g.enterprise] ?? "", policy: g.policy,
                         clause: g.clause, clauseNumber: t.clause.number, clauseTitle: t.clause.title, item: g.item,
                         applied: g.applied.description, ratio: t.clause.ratioText, cap: FindingText.cap(t.clause),
                         baseFen: g.base?.fen, grantedFen: g.granted.fen, entitlementFen: t.entitlement?.fen,
                         yearlyEntitlementFen: t.yearlyEntitlement?.fen, yearsAwarded: t.yearsAwarded, yearsAllowed: t.yearsAllowed,
                         schedule: t.schedule.map { .init(date: String($0.year), amountFen: $0.amount.fen) },
                         payments: g.payments.map { .init(date: $0.date.description, amountFen: $0.amount.fen) },
                         paidFen: g.paid.fen, findings: r.findings.map(\.kind.rawValue), file: g.file, line: g.line)
        }
        return GrantCheckReport(grants: grants, findings: findings, findingsByKind: byKind,
                                amountInQuestionFen: findings.reduce(0) { $0 + $1.amountFen })
    }

    static func budgetReport(_ b: GrantBudget, _ reviews: [GrantReview]) -> GrantBudgetReport {
        let numbers = Dictionary(reviews.map { ($0.terms.policy.id + "/" + $0.terms.clause.id, $0.terms.clause.number) },
                                 uniquingKeysWith: { a, _ in a })
        return GrantBudgetReport(
            asOf: b.asOf.description,
            years: b.years.map { .init(year: $0.year, committedFen: $0.committed.fen, scheduledFen: $0.scheduled.fen, paidFen: $0.paid.fen,
                                       toPayFen: $0.toPay.fen, atRiskFen: $0.atRisk.fen) },
            clauses: b.clauses.map { .init(policy: $0.policy, clause: $0.clause, clauseNumber: numbers[$0.policy + "/" + $0.clause] ?? "",
                                           title: $0.title, grants: $0.grants, committedFen: $0.committed.fen,
                                           entitlementFen: $0.entitlement.fen, paidFen: $0.paid.fen, remainingFen: $0.remaining.fen) },
            committedFen: b.committed.fen, scheduledFen: b.scheduled.fen, paidFen: b.paid.fen, toPayFen: b.toPay.fen,
            futureFen: b.future.fen,
            atRiskFen: b.atRisk.fen, futureAtRiskFen: b.futureAtRisk.fen, overpaidFen: b.overpaid.fen,
            rule: "核定金额计入申报年度；分期拨付的按核定金额等额分 N 年（除不尽的分计入最后一期），每年支持的按支持年限等额分年，自首笔拨付年度（未拨付的自申报年度）起算；截至 \(b.asOf) 年度的待拨付含此前应拨未拨部分。待拨付按台账记录计；“其中存疑”为核查发现质疑核定本身（超额、超出有效期、重复或疑似重复支持、信用不良）的项目尚待拨付的部分：每个项目取所涉金额（超额部分或整个项目）与尚待拨付数的较小者，从最后一期往前计。"
                + (b.overpaid > .zero ? "实际拨付含超过核定金额多拨的 \(FindingText.money(b.overpaid, .zh))（应追缴），不抵减其他项目的待拨付，故待拨付合计 = 新增核定 − 实际拨付 + 多拨。" : ""),
            ruleEn: "Committed amounts count in the year of application; instalments are N equal shares of the granted amount (the remainder in fen, 0.01 yuan, to the last), yearly awards one share per year awarded, from the year of the first payment (else the application year); the as-of year's amount to pay includes arrears. To pay is as recorded; \"at risk\" is the part of it on grants whose award a finding questions (above entitlement, outside validity, double or possible double funding, credit): per grant the smaller of the amount in question (the excess, or the whole grant) and what is still to pay, taken from the last instalment backwards."
                + (b.overpaid > .zero ? " Paid includes \(FindingText.money(b.overpaid, .en)) paid beyond the amounts granted (to be recovered), which does not reduce what other grants are owed: total to pay = committed − paid + overpaid." : ""))
    }

    static func evaluationReport(_ e: PolicyEvaluation, _ names: [USCC: String]) -> EvaluationReport {
        let minC = PolicyEvaluation.minControls, minT = PolicyEvaluation.minTreated
        let windows = e.windows.map { w -> EvaluationReport.Window in
            let after = w.kind == .supportYear ? "T" : "T+1"
            let (label, labelEn) = w.kind == .supportYear ? ("支持当年（T 年比 T−1 年）", "Support year (T over T−1)")
                                                          : ("支持次年（T+1 年比 T 年）", "Year after support (T+1 over T)")
            let (when, whenEn) = w.kind == .supportYear ? ("支持当年", "in the support year") : ("支持次年", "in the year after support")
            let cells = w.cells.map { c in
                EvaluationReport.Cell(cohort: c.cohort, segment: c.segment, band: c.band.rawValue, bandLabel: FindingText.band(c.band, .zh),
                                      treated: c.treated, controls: c.controls, treatedPre: c.treatedPre, treatedPost: c.treatedPost,
                                      controlPre: c.controlPre, controlPost: c.controlPost, difference: c.difference, standardError: c.standardError,
                                      note: c.difference == nil ? "可比企业少于\(minC)家，不作估计" : nil)
            }
            let conclusion: (String, String)
            if let est = w.estimate, let se = w.standardError {
                let pts = NumberFormat.fixed(abs(est) * 100, places: 1), sePts = NumberFormat.fixed(se * 100, places: 1)
                let (zh, en) = est >= 0 ? ("高", "more") : ("低", "less")
                // Within two standard errors of zero the data cannot tell the groups apart: say so.
                let clear = abs(est) > 2 * se
                conclusion = ("\(when)：获支持企业（\(w.firms.count)家）营业收入增速的变化，比同领域、同规模的未获支持企业（\(w.controlsUsed)家）平均\(zh) \(pts) 个百分点（标准误约 \(sePts) 个百分点）"
                                + (clear ? "。" : "，差异在两个标准误以内，不能认为两组有别。"),
                              "\(whenEn.prefix(1).uppercased() + whenEn.dropFirst()): supported firms (\(w.firms.count)) changed their revenue growth by \(pts) percentage points \(en) than comparable unsupported firms (\(w.controlsUsed)) of the same segment and size (standard error about \(sePts) points)"
                                + (clear ? "." : "; within two standard errors of zero, so the groups cannot be told apart."))
            } else if w.firms.isEmpty && w.cohorts.allSatisfy({ $0.months == 0 }) {
                conclusion = ("\(when)：数据尚未覆盖任何获支持企业的\(when)，暂不能评估。",
                              "\(whenEn.prefix(1).uppercased() + whenEn.dropFirst()): the data do not yet reach it for any supported firm; not evaluated.")
            } else {
                conclusion = ("\(when)：可评估的获支持企业仅 \(w.firms.count) 家（少于 \(minT) 家），样本过小，不给出总体估计。",
                              "\(whenEn.prefix(1).uppercased() + whenEn.dropFirst()): only \(w.firms.count) supported firms can be evaluated (fewer than \(minT)); the sample is too small for an overall estimate.")
            }
            return EvaluationReport.Window(
                window: w.kind.rawValue, label: label, labelEn: labelEn, after: after,
                cohorts: w.cohorts.map { .init(year: $0.year, months: $0.months, supported: $0.supported, evaluated: $0.evaluated) },
                cells: cells,
                excluded: w.excluded.map { .init(enterprise: $0.id.code, enterpriseName: names[$0.id] ?? "", cohort: $0.cohort,
                                                 reason: $0.reason.rawValue, reasonLabel: FindingText.reason($0.reason, .zh)) },
                evaluated: w.firms.count, controlsUsed: w.controlsUsed,
                estimate: w.estimate, standardError: w.standardError, paidFen: w.paid.fen, revenueGrowthFen: w.revenueGrowth.fen,
                subsidyPerYiGrowth: w.subsidyPerYiGrowth, subsidyPerYiExcessGrowth: w.subsidyPerYiExcessGrowth,
                excessGrowthFen: Int64(w.excessGrowth.rounded()),
                conclusion: conclusion.0, conclusionEn: conclusion.1)
        }
        return EvaluationReport(
            dataPeriod: e.dataPeriod.description, windows: windows, minTreated: minT, minControls: minC,
            conclusion: windows.map(\.conclusion).joined(), conclusionEn: windows.map(\.conclusionEn).joined(separator: " "),
            method: EvaluationText.method(.zh), methodEn: EvaluationText.method(.en),
            limits: EvaluationText.limits(.zh), limitsEn: EvaluationText.limits(.en))
    }
}
