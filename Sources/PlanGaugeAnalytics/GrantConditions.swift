import PlanGaugeModel

/// A condition of a grant's clause (or policy) that the data cannot check: a person confirms it
/// from the application files (需人工核实). One per grant and condition.
public struct ManualCheck: Sendable, Equatable {
    /// The grant's id, the enterprise, the policy and clause ids, and the clause's number (二（一）1).
    public var grant: String, enterprise: USCC, policy: String, clause: String, clauseNumber: String
    /// The condition's name as the policy file writes it (`in_catalogue`).
    public var condition: String
    /// The document's words for it.
    public var quote: String
    /// Whether the condition is the whole policy's (扶持对象) rather than the clause's.
    public var policyWide: Bool

    /// A line from its parts.
    public init(
        grant: String, enterprise: USCC, policy: String, clause: String, clauseNumber: String, condition: String,
        quote: String, policyWide: Bool
    ) {
        self.grant = grant
        self.enterprise = enterprise
        self.policy = policy
        self.clause = clause
        self.clauseNumber = clauseNumber
        self.condition = condition
        self.quote = quote
        self.policyWide = policyWide
    }
}

/// Why a grant fails a condition checked from the data (`GrantFinding.Detail.conditionNotMet`).
public enum ConditionFailure: Sendable, Equatable {
    /// 新引进或新设立: founded and brought in (when known) more than `withinYears` before applying;
    /// both nil when the roster gives neither date.
    case notNewEntrant(founded: CalendarDate?, arrived: CalendarDate?, withinYears: Int)
    /// Registered in another district (nil: none given) than `expected`.
    case otherDistrict(district: String?, expected: String)
    /// In another park (nil: none) than one of `expected` on the application day.
    case otherPark(park: String?, expected: [String])
    /// Not carrying `tag` on the application day.
    case tagNotHeld(tag: String)
    /// A credit record of a kind the condition names, within `withinYears` before applying (or undated).
    case creditRecord(flag: CreditFlag, withinYears: Int)
}

/// The clause and policy conditions (`PolicyCondition`) of each grant: the ones the data can check
/// become findings that question the award, the manual ones a list for a person to confirm; the
/// base a clause ties its support to must be in the ledger. No condition is left out.
public enum GrantConditions {
    /// The grant's conditions: the policy's (扶持对象), then the clause's.
    static func conditions(of t: GrantTerms) -> [(PolicyCondition, policyWide: Bool)] {
        t.policy.conditions.map { ($0, true) } + t.clause.conditions.map { ($0, false) }
    }

    /// Findings for the conditions the data shows unmet, in file order (policy first; a policy-wide
    /// condition's finding has an empty clause number).
    public static func findings(_ t: GrantTerms, _ enterprise: Enterprise?) -> [GrantFinding] {
        conditions(of: t).flatMap { c, wide -> [GrantFinding] in
            failures(c, t, enterprise).map {
                GrantFinding(
                    grant: t.grant.id, enterprise: t.grant.enterprise,
                    detail: .conditionNotMet(
                        condition: c.name, quote: c.quote, clauseNumber: wide ? "" : t.clause.number, failure: $0),
                    amount: t.grant.granted)
            }
        }
    }

    /// A clause that ties its support to an amount (`base:` other than none) needs the grant's base:
    /// without it the entitlement cannot be computed, nor the award checked.
    public static func baseFindings(_ t: GrantTerms) -> [GrantFinding] {
        guard t.clause.needsBase, t.grant.base == nil else { return [] }
        return [
            GrantFinding(
                grant: t.grant.id, enterprise: t.grant.enterprise,
                detail: .missingBase(base: t.clause.base, clauseNumber: t.clause.number), amount: t.grant.granted)
        ]
    }

    /// The manual conditions of the grant, one line each.
    public static func manual(_ t: GrantTerms) -> [ManualCheck] {
        conditions(of: t).filter { $0.0.isManual }.map { c, wide in
            ManualCheck(
                grant: t.grant.id, enterprise: t.grant.enterprise, policy: t.policy.id, clause: t.clause.id,
                clauseNumber: t.clause.number, condition: c.name, quote: c.quote, policyWide: wide)
        }
    }

    /// How the grant fails one condition; empty when it holds or is manual.
    static func failures(_ c: PolicyCondition, _ t: GrantTerms, _ e: Enterprise?) -> [ConditionFailure] {
        let applied = t.grant.applied
        switch c.check {
        case .manual:
            return []
        case .newEntrant(let years):
            // New when founded or brought in on or after the day `years` before applying.
            let latest = [e?.founded, e?.arrived].compactMap { $0 }.max()
            if let latest, applied.addingYears(-years) <= latest { return [] }
            return [.notNewEntrant(founded: e?.founded, arrived: e?.arrived, withinYears: years)]
        case .district(let name):
            return e?.district == name ? [] : [.otherDistrict(district: e?.district, expected: name)]
        case .park(let parks):
            let park = e?.park(on: applied)
            return park.map(parks.contains) == true ? [] : [.otherPark(park: park, expected: parks)]
        case .tag(let tag):
            return e.map { holds($0, tag, on: applied) } == true ? [] : [.tagNotHeld(tag: tag)]
        case .credit(let kinds, let years):
            guard let e else { return [] }
            let from = applied.addingYears(-years)
            return e.creditFlags.filter { flag in
                // 严重失信/违法 under the policy's credit exclusion are `creditExclusion` already.
                guard !(flag.excludes && t.policy.creditExclusionYears != nil) else { return false }
                guard kinds.contains(where: flag.kind.contains) else { return false }
                return flag.date.map { from <= $0 && $0 <= applied } ?? true
            }.map { .creditRecord(flag: $0, withinYears: years) }
        }
    }

    /// Whether the enterprise carried `tag` on `day`: within a dated span, or undated.
    static func holds(_ e: Enterprise, _ tag: String, on day: CalendarDate) -> Bool {
        guard e.tags.contains(tag) else { return false }
        let spans = e.tagSpans.filter { $0.tag == tag }
        return spans.isEmpty
            || spans.contains { ($0.from.map { $0 <= day } ?? true) && ($0.to.map { $0 >= day } ?? true) }
    }
}
