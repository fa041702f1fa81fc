import PlanGaugeModel

/// Small policies and grants whose every number is worked out by hand in the tests.
enum GrantFixtures {
    static func day(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    static func clause(
        _ id: String, ratio: Rational? = nil, base: PolicyClause.Base = .none, once: Amount? = nil,
        perYear: Amount? = nil,
        total: Amount? = nil, schedule: PolicyClause.Schedule = .lumpSum
    ) -> PolicyClause {
        PolicyClause(
            id: id, number: id, title: id, text: "", base: ratio == nil ? base : .investment, ratio: ratio,
            ratioText: ratio.map { "\($0)" }, capOnce: once, capPerYear: perYear, capTotal: total, schedule: schedule,
            conditions: [])
    }

    /// Valid 2025-01-01 … 2026-12-31, 从高不重复, three years of credit exclusion, like the Putuo policies.
    static func policy(_ id: String = "p", highest: Bool = true, creditYears: Int? = 3, clauses: [PolicyClause])
        -> Policy
    {
        Policy(
            id: id, title: id, document: id, issued: nil, validFrom: day("2025-01-01"), validTo: day("2026-12-31"),
            highestOfOverlapping: highest, creditExclusionYears: creditYears, clauses: clauses)
    }

    static let platform = clause("platform", ratio: Rational(1, 2), once: .wan(100))  // 50%, at most 100万
    static let settle = clause("settle", once: .wan(500), schedule: .instalments(3))  // 500万, 分三年拨付
    static let rent = clause("rent", base: .rent, perYear: .wan(100), schedule: .perYear(3))  // 每年 100万, up to 3 years
    static let award = clause("award", once: .wan(20))  // 20万 once

    static let standard = policy(clauses: [platform, settle, rent, award])

    static func grant(
        _ id: String, _ clause: String, firm: Int = 1, policy: String = "p", item: String? = nil,
        applied: String = "2025-03-01",
        base: Amount? = nil, granted: Amount, years: Int? = nil, paid: [(String, Amount)] = []
    ) -> Grant {
        Grant(
            id: id, enterprise: Tiny.id(firm), policy: policy, clause: clause, item: item, applied: day(applied),
            base: base, granted: granted,
            years: years, payments: paid.map { GrantPayment(date: day($0.0), amount: $0.1) })
    }

    static func dataset(_ grants: [Grant], policies: [Policy] = [standard], flags: [Int: [CreditFlag]] = [:]) -> Dataset
    {
        let firms = Set(grants.map(\.enterprise))
        var d = Dataset(
            enterprises: (1...20).map { n in
                var e = Tiny.firm(n)
                e.creditFlags = flags[n] ?? []
                return e
            }.filter { firms.contains($0.id) })
        d.grants = grants
        d.policies = policies
        return d
    }
}
