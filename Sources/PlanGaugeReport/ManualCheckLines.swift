import PlanGaugeAnalytics
import PlanGaugeModel

extension GrantCheckReport {
    /// A condition of a grant's clause or policy that a person must confirm (需人工核实): the data
    /// cannot check it (`manual: true` in the policy file).
    public struct ManualLine: Encodable, Sendable {
        /// The grant id, enterprise USCC and name, policy and clause ids, the clause's number (二（一）1),
        /// the condition's name (`in_catalogue`) and the document's words for it.
        public var grant, enterprise, enterpriseName, policy, clause, clauseNumber, condition, quote: String
        /// Whether the condition is the whole policy's (扶持对象) rather than the clause's.
        public var policyWide: Bool
        /// Where the grant's row was read, and its line.
        public var file: String
        /// The row's line number in `file`.
        public var line: Int
    }
}

extension PolicyFundsReportBuilder {
    /// One line per grant and manual condition, in ledger order (policy-wide conditions first).
    static func manualLines(_ reviews: [GrantReview], _ names: [USCC: String]) -> [GrantCheckReport.ManualLine] {
        reviews.flatMap { r in
            r.manual.map {
                GrantCheckReport.ManualLine(
                    grant: $0.grant, enterprise: $0.enterprise.code, enterpriseName: names[$0.enterprise] ?? "",
                    policy: $0.policy, clause: $0.clause, clauseNumber: $0.clauseNumber, condition: $0.condition,
                    quote: $0.quote, policyWide: $0.policyWide, file: r.grant.file, line: r.grant.line)
            }
        }
    }
}

/// The policy page's 需人工核实 section: the conditions a person confirms, grant by grant (the
/// policy-wide ones in the note, once per policy).
enum ManualCheckSection {
    /// nil when no grant has a manual condition.
    static func build(_ r: PolicyFundsReport, language: ReportLanguage) -> Section? {
        let lines = r.check.manualChecks
        guard !lines.isEmpty else { return nil }
        let words = ManualCheckText(l: L10n(lang: language))
        let documents = Dictionary(r.policies.map { ($0.id, $0.document) }, uniquingKeysWith: { a, _ in a })
        let wide = ManualCheckText.policyWide(lines).map { policy, w in
            words.policyWide(documents[policy] ?? policy, grants: w.grants, quotes: w.quotes)
        }
        return Section(
            id: "manual-checks", title: words.title(lines.count), note: words.note(wide),
            content: .table(
                ReportTable(
                    id: "policy-manual-checks", title: words.tableTitle,
                    columns: [
                        .init(words.columns[0], nowrap: true), .init(words.columns[1]),
                        .init(words.columns[2], nowrap: true), .init(words.columns[3])
                    ],
                    rows: lines.filter { !$0.policyWide }.map {
                        [
                            // The condition in the document's words; its key in the policy file is in the JSON.
                            .init($0.grant), .init($0.enterpriseName), .init($0.clauseNumber), .init($0.quote)
                        ]
                    })))
    }
}
