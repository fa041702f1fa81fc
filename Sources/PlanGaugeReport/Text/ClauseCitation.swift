import PlanGaugeModel

/// How a finding names another grant's policy and clause: as an office cites them, by the
/// document number and the clause's number and heading (普科合规范〔2024〕5号 二（一）1「鼓励优势企业集聚」),
/// never by the policy file's identifiers.
struct ClauseCitation: Sendable {
    private let policies: [String: Policy]

    /// Citations for the clauses of `policies`.
    init(_ policies: [Policy]) {
        self.policies = Dictionary(policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The clause in words; the identifiers as given when the policy or clause is unknown (ingest
    /// has rejected such grants already, so this is a fallback, not a path the report takes).
    func cite(policy: String, clause: String) -> String {
        guard let p = policies[policy] else { return "\(policy) \(clause)" }
        guard let c = p.clauses.first(where: { $0.id == clause }) else { return "\(p.document) \(clause)" }
        return "\(p.document) \(c.number)「\(c.title)」"
    }
}
